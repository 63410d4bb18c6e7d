import fc from 'fast-check';
import stringWidth from 'string-width';
import type * as StringWidth from 'string-width';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { CheckRun } from '../../src/check/run.js';
import { terminalSafe } from '../../src/render/encode/terminal.js';
import { renderList } from '../../src/render/report/list.js';
import { renderReportTable } from '../../src/render/report/table.js';
import { piecesOf } from '../../src/render/rendered.js';
import { drawTerminalTable, type Column } from '../../src/render/report/terminal-table.js';
import { cutToWidth, lineWidth, wrapToWidth } from '../../src/render/text-width.js';
import { claimViews } from '../../src/views/claim-view.js';
import { sourceLabel } from '../../src/views/labels.js';
import { buildReport } from '../../src/views/report-model.js';
import { checkFixture, GENERATOR, plainChalk, STORY_FIXTURE } from '../report/support.js';

// The terminal tables (`claims report`, `claims list`) on the longest record text the schemas allow, in
// scripts whose width in columns is not their length: CJK (two columns a character), emoji sequences,
// zalgo (a letter and a dozen combining marks: one column), Thai, Hangul. The work is bounded by counting
// what is measured and segmented, never by timing.

/** Characters given to string-width, and how many calls; every import of string-width in this test run counts. */
const measured = vi.hoisted(() => ({ chars: 0, calls: 0 }));
vi.mock('string-width', async (importOriginal) => {
  const actual = await importOriginal<typeof StringWidth>();
  return {
    default: (text: string, options?: Parameters<typeof actual.default>[1]) => {
      measured.chars += text.length;
      measured.calls += 1;
      return actual.default(text, options);
    },
  };
});

let segmentSpy: MockInstance<Intl.Segmenter['segment']>;

beforeEach(() => {
  segmentSpy = vi.spyOn(Intl.Segmenter.prototype, 'segment');
  measured.chars = 0;
  measured.calls = 0;
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Characters segmented into graphemes and measured since the last reset: the text work done. */
function work(): number {
  const segmented = segmentSpy.mock.calls.reduce((sum, [text]) => sum + text.length, 0);
  return segmented + measured.chars;
}

const zalgo = (word: string) =>
  [...word]
    .map((letter, index) => letter + '\u0300\u0301\u0316\u0317\u035c\u0360\u1dc0\u1dc1\u20d0\u20d1\u0489\u0483'.slice(0, 4 + (index % 9)))
    .join('');

const PIECES = [
  'The',
  'harbour',
  'authority',
  'said',
  zalgo('dredging'),
  'a-long-hyphenated-identifier-that-does-not-fit-in-any-column-of-the-table',
  'https://example.org/a/long/path/that/keeps/going/and/going/past/the/column',
  '港口疏浚计划已经停滞不前而且预算超支了百分之四十',
  '한국어기사',
  'ｱｲｳｴｵ',
  zalgo('Zalgo'),
  'e\u0301\u0302',
  'กิ่ง',
  '👨‍👩‍👧',
  '🇺🇸🇫🇷',
  '❤️',
  '1️⃣',
  '😀😀😀',
  'नमस्ते',
  '“quoted”',
];

/** Deterministic hostile text of exactly `length` code points (what the schemas' maxLength counts). */
function hostileText(length: number, seed: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let index = seed; size < length; index++) {
    const piece = PIECES[index % PIECES.length]!;
    parts.push(piece);
    size += [...piece].length + 1;
  }
  return [...parts.join(' ')].slice(0, length).join('');
}

/** Every free-text field of the record schemas and its maxLength (schemas/*.schema.json, common.schema.json). */
const MAX_LENGTH: Readonly<Record<string, number>> = {
  statement: 4000,
  summary: 75,
  exact: 4000,
  prefix: 200,
  suffix: 200,
  quote: 4000,
  note: 8000,
  rationale: 8000,
  by: 200,
  name: 300,
  description: 1000,
  reliabilityNote: 8000,
  title: 500,
  publisher: 300,
  reason: 2000,
};

/** Sets every free-text field of every loaded record to `scale` times its maximum length of hostile text. */
function fillToMaximum(run: CheckRun, scale: number): number {
  let seed = 0;
  let total = 0;
  const fill = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(fill);
    else if (value && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      for (const key of Object.keys(object)) {
        const max = MAX_LENGTH[key];
        if (max !== undefined && typeof object[key] === 'string') {
          object[key] = hostileText(Math.round(max * scale), seed++);
          total += (object[key] as string).length;
        } else fill(object[key]);
      }
    }
  };
  for (const record of run.workspace.records) fill(record.value);
  return total;
}

async function maximalRun(scale: number) {
  const { run } = await checkFixture(STORY_FIXTURE);
  const total = fillToMaximum(run, scale);
  return { run, total, report: buildReport(run, undefined, GENERATOR) };
}

/** A boxed table's lines, from its top border to its bottom one. */
function boxedLines(text: string): string[] {
  const lines = text.split('\n');
  const top = lines.findIndex((line) => line.startsWith('┌'));
  const bottom = lines.findIndex((line) => line.startsWith('└'));
  expect(top).toBeGreaterThanOrEqual(0);
  expect(bottom).toBeGreaterThan(top);
  return lines.slice(top, bottom + 1);
}

/** Each row's cells, each cell the text of its lines (padding dropped). Row 0 is the header. */
function boxedCells(lines: readonly string[]): string[][][] {
  const rows: string[][][] = [];
  for (const line of lines) {
    if (/^[┌├└]/.test(line)) {
      if (!line.startsWith('└')) rows.push([]);
      continue;
    }
    const cells = line.split('│').slice(1, -1);
    const row = rows[rows.length - 1]!;
    cells.forEach((cell, index) => (row[index] ??= []).push(cell.slice(1).trimEnd()));
  }
  return rows;
}

const withoutSpace = (text: string) => text.replace(/\s/g, '');
const shownText = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map(terminalSafe)
    .join('\n');

describe('the report table on records at every schema maximum', () => {
  it('does work linear in the text: twice the text, about twice the work', async () => {
    const half = await maximalRun(0.5);
    segmentSpy.mockClear();
    measured.chars = 0;
    const halfOutput = [...piecesOf(renderReportTable(half.report, { chalk: plainChalk, width: 100 }))].join('');
    const halfWork = work();

    const full = await maximalRun(1);
    segmentSpy.mockClear();
    measured.chars = 0;
    const fullOutput = [...piecesOf(renderReportTable(full.report, { chalk: plainChalk, width: 100 }))].join('');
    const fullWork = work();

    // The records really are at their maximum: 4,000 code points of statement, every field filled.
    const statement = [...full.report.stories][0]!.claims[0]!.claim.statement;
    expect([...statement].length).toBe(4000);
    expect(statement).toMatch(/[\u0300-\u036f].*[\u4e00-\u9fff]/su);
    expect(full.total).toBeGreaterThan(100_000);
    // Each character is segmented or measured a bounded number of times (cubic, as with cli-table3's
    // per-line truncation, would be about 8 times the work for twice the text; quadratic 4 times).
    expect(fullWork).toBeLessThan(6 * fullOutput.length);
    expect(fullWork / halfWork).toBeLessThan(2.3);
    expect(fullOutput.length / halfOutput.length).toBeLessThan(2.3);
  });

  it('draws every line as wide as the top border and every character of every cell, wrapped, not cut', async () => {
    const { report } = await maximalRun(1);
    const output = [...piecesOf(renderReportTable(report, { chalk: plainChalk, width: 100 }))].join('');
    const lines = boxedLines(output);
    const width = stringWidth(lines[0]!);
    expect(width).toBeLessThanOrEqual(100);
    for (const line of lines) expect(stringWidth(line), line).toBe(width);
    expect(output).not.toContain('…');

    const rows = boxedCells(lines);
    const claims = [...report.stories][0]!.claims;
    expect(rows).toHaveLength(claims.length + 1);
    claims.forEach((view, index) => {
      const [, claim, sourcing, evidence, , findings] = rows[index + 1]!.map((cell) => withoutSpace(cell!.join('')));
      expect(claim).toBe(withoutSpace(view.id + shownText(view.claim.statement)));
      for (const attribution of view.attributions) {
        expect(sourcing).toContain(withoutSpace(shownText(sourceLabel(attribution.source))));
        if (attribution.quote !== undefined) expect(sourcing).toContain(withoutSpace(`“${shownText(attribution.quote)}”`));
      }
      for (const item of view.evidence) expect(evidence).toContain(withoutSpace(shownText(item.title)));
      for (const entry of view.claim.suppress ?? []) expect(findings).toContain(withoutSpace(shownText(entry.reason)));
    });
  });

  it('lists the claims in a plain table with every line within the width, cut with an ellipsis, in linear work', async () => {
    const outputs: string[] = [];
    const works: number[] = [];
    for (const scale of [0.5, 1]) {
      const { run } = await maximalRun(scale);
      const views = [...claimViews({ workspace: run.workspace, verify: run.verify, diagnostics: run.diagnostics }).values()];
      segmentSpy.mockClear();
      measured.chars = 0;
      outputs.push(renderList(views, 'table', { chalk: plainChalk, width: 120 }));
      works.push(work());
    }
    expect(works[1]! / works[0]!).toBeLessThan(2.3);
    const lines = outputs[1]!.trimEnd().split('\n');
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(120);
    expect(outputs[1]).toContain('…');
  });
});

/** Graphemes of the kinds whose width is not their length, and the characters wrapping looks at. */
const GRAPHEMES = [
  '中',
  '文',
  '한',
  'ｱ',
  '😀',
  '👨‍👩‍👧',
  '🇺🇸',
  '❤️',
  '1️⃣',
  'e\u0301',
  zalgo('z'),
  'ก\u0e34\u0e48',
  'न\u093f',
  'a',
  'b',
  'I',
  '-',
  '/',
  ' ',
  ' ',
  '\n',
  '.',
  '“',
];
const text = fc.array(fc.constantFrom(...GRAPHEMES), { maxLength: 120 }).map((parts) => parts.join(''));
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** The grapheme clusters of a text, spaces and line breaks left out. */
const clustersOf = (value: string) =>
  Array.from(segmenter.segment(value), ({ segment }) => segment).filter((segment) => !/^\s+$/.test(segment));

describe('wrapping and cutting by terminal columns and grapheme clusters', () => {
  const COLUMNS: Column[] = [
    { header: 'id', min: 4, preferred: 8, shrinkRank: 2 },
    { header: 'text', min: 6, preferred: 20, shrinkRank: 0 },
    { header: 'more text', min: 6, preferred: 12, shrinkRank: 1 },
  ];

  it('boxed: every line is as wide as the top border, and each cell’s clusters are the input’s, in order, none split', () => {
    fc.assert(
      fc.property(fc.tuple(text, text, text), fc.integer({ min: 30, max: 140 }), (row, total) => {
        const lines = drawTerminalTable(COLUMNS, [row], { total, chalk: plainChalk, layout: 'boxed' }).trimEnd().split('\n');
        const width = stringWidth(lines[0]!);
        for (const line of lines) expect(stringWidth(line), line).toBe(width);
        const cells = boxedCells(lines)[1]!;
        row.forEach((input, index) => {
          // Drawn lines joined by line breaks, so no two clusters join across a wrap.
          expect(cells[index]!.flatMap(clustersOf)).toEqual(clustersOf(shownText(input)));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('plain: each cell is its text, or the clusters that fit and an ellipsis, within its column', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), (input, max) => {
        const line = input.replace(/\n/g, ' ');
        const cut = cutToWidth(line, max);
        expect(cut.width).toBe(stringWidth(cut.text));
        expect(cut.width).toBeLessThanOrEqual(Math.max(max, 1));
        if (stringWidth(line) <= max) expect(cut.text).toBe(line);
        else {
          expect(cut.text.endsWith('…')).toBe(true);
          const kept = clustersOf(cut.text.slice(0, -1));
          expect(clustersOf(line).slice(0, kept.length)).toEqual(kept);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('measures as string-width does, and wraps to lines that fit', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 30 }), (input, max) => {
        for (const line of input.split('\n')) expect(lineWidth(line)).toBe(stringWidth(line));
        for (const line of wrapToWidth(input, max)) {
          expect(line.width).toBe(stringWidth(line.text));
          expect(line.width).toBeLessThanOrEqual(max);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('breaks a CJK run between characters, an id after a hyphen, and keeps emoji and marks whole', () => {
    expect(wrapToWidth('港口疏浚计划', 5).map((line) => line.text)).toEqual(['港口', '疏浚', '计划']);
    expect(wrapToWidth('a-rather-long-id', 8).map((line) => line.text)).toEqual(['a-', 'rather-', 'long-id']);
    expect(wrapToWidth('👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧', 4).map((line) => line.text)).toEqual(['👨‍👩‍👧👨‍👩‍👧', '👨‍👩‍👧']);
    expect(wrapToWidth('e\u0301e\u0301e\u0301', 2).map((line) => line.text)).toEqual(['e\u0301e\u0301', 'e\u0301']);
    expect(cutToWidth('港口疏浚', 5)).toEqual({ text: '港口…', width: 5 });
  });
});
