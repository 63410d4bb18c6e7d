/** The pattern every record id matches (common.schema.json, `$defs/id`). */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Longest suggested id before a `-2`, `-3`… suffix: short enough to read and type. */
export const MAX_SUGGESTED_LENGTH = 48;
/** At most this many words make an id: "the first few meaningful words". */
const MAX_WORDS = 6;
/** Words that carry no meaning in an id; dropped unless nothing else is left. */
export const STOP_WORDS = new Set([
    'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'for', 'from', 'had', 'has', 'have', 'he', 'her', 'his',
    'in', 'into', 'is', 'it', 'its', 'of', 'on', 'or', 'she', 'that', 'the', 'their', 'there', 'they', 'this', 'to', 'was',
    'were', 'which', 'who', 'with',
]); // prettier-ignore
/** Latin letters that Unicode decomposition leaves whole, spelled as ASCII. */
const LETTERS = {
    ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŋ: 'n', ſ: 's', ĳ: 'ij',
}; // prettier-ignore
/**
 * The ASCII words of a text, lower-cased: accents are transliterated (é → e, ß → ss), letters of other
 * scripts and punctuation separate words and are dropped.
 */
export function idWords(text) {
    const latin = text
        .toLowerCase()
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .replace(/[ßæœøłđðþıħŋſĳ]/g, (letter) => LETTERS[letter] ?? '');
    return latin.split(/[^a-z0-9]+/).filter((word) => word.length > 0);
}
/**
 * An id for a new record of `kind`, made from `text`: kebab-case, its first few meaningful words, at most
 * MAX_SUGGESTED_LENGTH characters, and not in `taken` (a `-2`, `-3`… is appended until it is free). A
 * text with no usable word gives `<kind>-<n>`. The result always matches ID_PATTERN.
 */
export function suggestId(text, kind, taken) {
    const base = baseId(text);
    if (base === undefined) {
        const prefix = idWords(kind).join('-') || 'record';
        for (let n = 1;; n++)
            if (!taken.has(`${prefix}-${n}`))
                return `${prefix}-${n}`;
    }
    if (!taken.has(base))
        return base;
    for (let n = 2;; n++)
        if (!taken.has(`${base}-${n}`))
            return `${base}-${n}`;
}
function baseId(text) {
    const words = idWords(text);
    const meaningful = words.filter((word) => !STOP_WORDS.has(word));
    const chosen = meaningful.length > 0 ? meaningful : words;
    const [first] = chosen;
    if (first === undefined)
        return undefined;
    let id = first.slice(0, MAX_SUGGESTED_LENGTH);
    for (const word of chosen.slice(1, MAX_WORDS)) {
        if (id.length + 1 + word.length > MAX_SUGGESTED_LENGTH)
            break;
        id += `-${word}`;
    }
    return id;
}
