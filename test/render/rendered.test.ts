import { describe, expect, it } from 'vitest';
import { linesInPieces } from '../../src/render/rendered.js';

describe('linesInPieces', () => {
  it('ends every line with a newline and loses or adds nothing', () => {
    const lines = Array.from({ length: 5_000 }, (_unused, index) => `line ${index} ${'x'.repeat(index % 50)}`);
    const pieces = [...linesInPieces(lines, 4_096)];
    expect(pieces.join('')).toBe(lines.map((line) => `${line}\n`).join(''));
    expect(pieces.length).toBeGreaterThan(10);
  });

  it('makes pieces of about the size asked for, a long line whole', () => {
    const lines = ['a'.repeat(10), 'b'.repeat(100), 'c'.repeat(10), 'd'.repeat(10)];
    expect([...linesInPieces(lines, 30)]).toEqual([`${'a'.repeat(10)}\n${'b'.repeat(100)}\n`, `${'c'.repeat(10)}\n${'d'.repeat(10)}\n`]);
    expect([...linesInPieces([], 30)]).toEqual([]);
    expect([...linesInPieces([''], 30)]).toEqual(['\n']);
  });
});
