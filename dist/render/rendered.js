export function piecesOf(rendered) {
    return typeof rendered === 'string' ? [rendered] : rendered;
}
/**
 * Pieces gathered into pieces of about `size` characters: few writes, none of them large. V8 makes a string
 * over 128 KiB in its large-object space, where it stays until a full collection however soon it dies: an
 * output made of such pieces piles up as garbage (measured at 100,000 claims: a report in pieces of a story
 * each peaked near a gigabyte).
 */
export function* gathered(pieces, size = 1 << 15) {
    let gathering = '';
    for (const piece of pieces) {
        gathering += piece;
        if (gathering.length >= size) {
            yield gathering;
            gathering = '';
        }
    }
    if (gathering !== '')
        yield gathering;
}
/** Lines, each ended by a newline, in pieces of about `size` characters: few writes, none of them large. */
export function linesInPieces(lines, size = 1 << 16) {
    return gathered(ended(lines), size);
}
function* ended(lines) {
    for (const line of lines)
        yield `${line}\n`;
}
