import { forbiddenCharacters } from '../../load/decode.js';
/**
 * What a draft may hold: the schema's longest values, and none of the characters the loader refuses
 * (bidi marks and zero-width joiners pasted in from the web, controls). A story may have either; a draft
 * that broke the limits would stop the whole extraction, so each value is cut to fit instead.
 */
export const LIMITS = { statement: 4000, exact: 4000, quote: 4000, name: 300, description: 1000, reason: 2000, via: 20 };
/** A quotation as a record can hold it: its longest clean run, cut to fit (still verbatim in the story). */
export function writableQuote(quote) {
    const { start, end } = writableSpan(quote, { start: 0, end: quote.length }, LIMITS.quote);
    return quote.slice(start, end);
}
/** The text without the characters a record may not hold, cut to `max` at a word boundary. */
export function writable(text, max) {
    let clean = text;
    for (const { char } of forbiddenCharacters(text).reverse())
        clean = clean.replace(char, '');
    return clip(clean, max);
}
/**
 * The longest part of `span` that a record can quote verbatim: no character the loader refuses, at most
 * `max` long, cut at a word boundary. Anchors and quotes must be the story's own characters, so they are
 * narrowed rather than cleaned.
 */
export function writableSpan(text, span, max) {
    let best = { start: span.start, end: span.start };
    let start = span.start;
    const bad = forbiddenCharacters(text.slice(span.start, span.end)).map((found) => span.start + found.offset);
    for (const at of [...bad, span.end]) {
        if (at - start > best.end - best.start)
            best = { start, end: at };
        start = at + 1;
    }
    const piece = text.slice(best.start, best.end);
    const trimmed = piece.trim();
    const from = best.start + piece.indexOf(trimmed);
    return { start: from, end: from + clip(trimmed, max).length };
}
/** At most `max` UTF-16 units, ending at the last space before the limit when there is one, never inside a surrogate pair. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    const space = text.lastIndexOf(' ', max);
    let end = space > max / 2 ? space : max;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return text.slice(0, end).trimEnd();
}
