export function piecesOf(rendered) {
    return typeof rendered === 'string' ? [rendered] : rendered;
}
/** Lines, each ended by a newline, in pieces of about `size` characters: few writes, none of them large. */
export function* linesInPieces(lines, size = 1 << 16) {
    let piece = '';
    for (const line of lines) {
        piece += `${line}\n`;
        if (piece.length >= size) {
            yield piece;
            piece = '';
        }
    }
    if (piece !== '')
        yield piece;
}
