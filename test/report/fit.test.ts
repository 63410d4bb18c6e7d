import { describe, expect, it } from 'vitest';
import { fitColumns, terminalWidth, type Column } from '../../src/render/report/fit.js';
import { drawPlainTableInPieces, drawTerminalTable } from '../../src/render/report/terminal-table.js';
import { wrapToWidth } from '../../src/render/text-width.js';
import { plainChalk } from './support.js';

const COLUMNS: Column[] = [
  { header: 'id', min: 6, preferred: 10, shrinkRank: 2 },
  { header: 'statement', min: 8, preferred: 20, shrinkRank: 0 },
  { header: 'status', min: 6, preferred: 10, shrinkRank: 1 },
];
const ROWS = [['a-rather-long-claim-id', 'A statement that goes on and on well past any terminal width you might have', 'unreviewed']];

describe('fitting a table to the terminal', () => {
  it('keeps natural widths when they fit', () => {
    expect(fitColumns(COLUMNS, [['a', 'b', 'c']], 100)).toEqual([6, 9, 6]);
  });

  it('shrinks to preferred widths in rank order, then shares the rest by slack, never below the minimum', () => {
    expect(fitColumns(COLUMNS, ROWS, 60)).toEqual([22, 28, 10]);
    expect(fitColumns(COLUMNS, ROWS, 40)).toEqual([10, 20, 10]);
    const narrow = fitColumns(COLUMNS, ROWS, 25);
    expect(narrow.reduce((sum, value) => sum + value, 0)).toBe(25);
    narrow.forEach((value, index) => expect(value).toBeGreaterThanOrEqual(COLUMNS[index]!.min));
  });

  it('renders a plain table no wider than the terminal, cutting with an ellipsis', () => {
    for (const total of [40, 60, 100]) {
      const text = drawTerminalTable(COLUMNS, ROWS, { total, chalk: plainChalk, layout: 'plain' });
      for (const line of text.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(total);
      expect(text).toContain('…');
      expect(text.trimEnd().split('\n')).toHaveLength(3);
    }
  });

  it('renders a boxed table that wraps instead, also within the width', () => {
    const text = drawTerminalTable(COLUMNS, ROWS, { total: 50, chalk: plainChalk, layout: 'boxed' });
    for (const line of text.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(50);
    expect(text).toContain('│ a-rather-  │');
    expect(text).toContain('│ claim-id   │');
    expect(text).not.toContain('…');
  });

  it('wraps words, and long ids after a hyphen', () => {
    const wrap = (text: string, max: number) => wrapToWidth(text, max).map((line) => line.text);
    expect(wrap('one two three', 7)).toEqual(['one two', 'three']);
    expect(wrap('a-rather-long-id', 8)).toEqual(['a-', 'rather-', 'long-id']);
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('draws the same plain table in pieces, measured over every chunk first, as whole', () => {
    const rows = [
      ...ROWS,
      ['漢字の識別子', 'e\u0301 combining, and a tab\there', 'x'],
      ['::add-mask::secret', 'a ##[error] opener\n::later line', ''],
      ['', '  ::after blank cells', 'bell\u0007'],
      ['short', 'two\nlines', 'reviewed'],
    ];
    const chunks = () => [rows.slice(0, 2), [], rows.slice(2, 3), rows.slice(3)];
    for (const total of [40, 100]) {
      const whole = drawTerminalTable(COLUMNS, rows, { total, chalk: plainChalk, layout: 'plain' });
      expect([...drawPlainTableInPieces(COLUMNS, chunks, { total, chalk: plainChalk })].join('')).toBe(whole);
    }
  });

  it('uses 100 columns when the width is unknown', () => {
    expect(terminalWidth(undefined)).toBe(100);
    expect(terminalWidth(132)).toBe(132);
  });
});
