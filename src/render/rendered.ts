/**
 * What a renderer returns: the text whole, or in pieces written as they are made, so that a large
 * output (stylish findings for 100,000 claims; a JSON or Markdown report of every story, made a story
 * at a time) is not held in memory whole.
 */
export type Rendered = string | Iterable<string>;

export function piecesOf(rendered: Rendered): Iterable<string> {
  return typeof rendered === 'string' ? [rendered] : rendered;
}

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
