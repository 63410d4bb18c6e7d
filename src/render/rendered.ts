/**
 * What a renderer returns: the text whole, or in pieces written as they are made, so that a large
 * output (stylish findings for 100,000 claims; a JSON or Markdown report of every story, made a story
 * at a time) is not held in memory whole. No piece should be large (see gathered).
 */
export type Rendered = string | Iterable<string>;

export function piecesOf(rendered: Rendered): Iterable<string> {
  return typeof rendered === 'string' ? [rendered] : rendered;
}

/**
 * Pieces gathered into pieces of about `size` characters: few writes, none of them large. V8 makes a string
 * over 128 KiB in its large-object space, where it stays until a full collection however soon it dies: an
 * output made of such pieces piles up as garbage (measured at 100,000 claims: a report in pieces of a story
 * each peaked near a gigabyte).
 */
export function* gathered(pieces: Iterable<string>, size = 1 << 15): Generator<string> {
  let gathering = '';
  for (const piece of pieces) {
    gathering += piece;
    if (gathering.length >= size) {
      yield gathering;
      gathering = '';
    }
  }
  if (gathering !== '') yield gathering;
}

/** Lines, each ended by a newline, in pieces of about `size` characters: few writes, none of them large. */
export function linesInPieces(lines: Iterable<string>, size = 1 << 16): Generator<string> {
  return gathered(ended(lines), size);
}

function* ended(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield `${line}\n`;
}
