import { piecesOf, type Rendered } from '../../src/render/rendered.js';

/** A renderer's whole text, however it came. */
export function textOf(rendered: Rendered): string {
  return [...piecesOf(rendered)].join('');
}
