const REPLACEMENTS = {
    '\u2018': "'",
    '\u2019': "'",
    '\u201a': "'",
    '\u201b': "'",
    '\u2032': "'",
    '\u201c': '"',
    '\u201d': '"',
    '\u201e': '"',
    '\u201f': '"',
    '\u2033': '"',
    '\u00ab': '"',
    '\u00bb': '"',
    '\u2013': '-',
    '\u2014': '-',
    '\u2026': '...',
};
export function normalise(original) {
    let text = '';
    const offsets = [];
    let inSpace = false;
    for (let i = 0; i < original.length; i++) {
        const char = original[i];
        if (/\s/.test(char)) {
            if (!inSpace) {
                text += ' ';
                offsets.push(i);
            }
            inSpace = true;
            continue;
        }
        inSpace = false;
        const replacement = REPLACEMENTS[char] ?? char;
        for (const part of replacement) {
            text += part;
            offsets.push(i);
        }
    }
    offsets.push(original.length);
    return { text, offsets };
}
/** Maps a [start, end) range of the normalised text back to the original text. */
export function originalRange(normalised, start, end) {
    const originalStart = normalised.offsets[start] ?? 0;
    const lastChar = normalised.offsets[end - 1];
    return [originalStart, lastChar === undefined ? originalStart : lastChar + 1];
}
