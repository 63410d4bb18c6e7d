/**
 * What a renderer returns: the text whole, or in pieces written as they come, so that a large output
 * (findings for 100,000 claims, a report of every story) is never held in memory whole.
 */
export type Rendered = string | Iterable<string>;

/** Lines, each ended by a newline, in pieces of about `size` characters: few writes, none of them large. */
export function* linesInPieces(lines: Iterable<string>, size = 1 << 16): Generator<string> {
  let piece = '';
  for (const line of lines) {
    piece += `${line}\n`;
    if (piece.length >= size) {
      yield piece;
      piece = '';
    }
  }
  if (piece !== '') yield piece;
}
