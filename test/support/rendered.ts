import type { Rendered } from '../../src/render/rendered.js';

/** A renderer's whole text, however it came. */
export function textOf(rendered: Rendered): string {
  return typeof rendered === 'string' ? rendered : [...rendered].join('');
}
