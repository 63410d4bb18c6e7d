import { describe, expect, it } from 'vitest';
import type { Diagnostic, Severity } from '../../../src/model/diagnostic.js';
import { ANNOTATIONS_PER_TYPE, STEP_SUMMARY_BUDGET_BYTES, github, githubStepSummary } from '../../../src/render/diagnostics/github.js';
import { escapeData, escapeProperty, markdownCell } from '../../../src/render/encode/github.js';
import { HOSTILE, diagnostic, options, parseWorkflowCommand, report, unescapeWorkflow } from './support.js';

function annotations(output: string) {
  return output
    .split('\n')
    .filter((line) => line.startsWith('::'))
    .map((line) => parseWorkflowCommand(line)!);
}

function many(severity: Severity, count: number): Diagnostic[] {
  return Array.from({ length: count }, (_, index) =>
    diagnostic({ severity, line: index + 1, endLine: index + 1, message: `${severity} ${index + 1}` }),
  );
}

describe('github escaping (actions/toolkit escapeData / escapeProperty)', () => {
  it('escapes % first, then CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext %0A')).toBe('100%25 done%0D%0Anext %250A');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('round-trips any text through escape and the runner’s unescape', () => {
    for (const text of [HOSTILE, '%%25%0A%3A', ':,::,,', '\r\n\n\r', '']) {
      expect(unescapeWorkflow(escapeData(text))).toBe(text);
      expect(unescapeWorkflow(escapeProperty(text))).toBe(text);
    }
  });
});

describe('github formatter', () => {
  it('writes one workflow command per finding with file, range, title and message', () => {
    const output = github(
      report([
        diagnostic(),
        diagnostic({ severity: 'warning', line: 4, endLine: 4 }),
        diagnostic({ severity: 'info', line: 5, endLine: 5 }),
      ]),
      options(),
    );
    expect(output.split('\n').slice(0, 3)).toEqual([
      '::error file=claims/demo/claims.yaml,line=3,endLine=3,col=5,endColumn=12,title=claims%3A schema::unknown field "x"',
      '::warning file=claims/demo/claims.yaml,line=4,endLine=4,col=5,endColumn=12,title=claims%3A schema::unknown field "x"',
      '::notice file=claims/demo/claims.yaml,line=5,endLine=5,col=5,endColumn=12,title=claims%3A schema::unknown field "x"',
    ]);
  });

  it('round-trips a file name and message holding %, a newline and a comma exactly', () => {
    const file = 'claims/100% sure,\nreally.yaml';
    const message = 'rate 100%, "50%0A" kept\nsecond line, with comma';
    const [annotation] = annotations(github(report([diagnostic({ file, message })]), options()));
    expect(annotation?.properties.file).toBe(file);
    expect(annotation?.message).toBe(message);
    expect(annotation?.properties.title).toBe('claims: schema');
  });

  it('never lets record text start a log line or forge a command', () => {
    const output = github(report([diagnostic({ message: HOSTILE, file: `claims/${HOSTILE.replace(/\u0000/g, '')}.yaml` })]), options());
    const lines = output.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.startsWith('::') || line.startsWith('claims ')).toBe(true);
    expect(output).not.toMatch(/\r/);
    const [annotation] = annotations(output);
    expect(annotation?.command).toBe('error');
    expect(Object.keys(annotation!.properties)).toEqual(['file', 'line', 'endLine', 'col', 'endColumn', 'title']);
    // Line breaks survive (escaped on the wire); terminal controls and bidi characters arrive as visible escapes;
    // a legacy `##[` opener, which the runner matches anywhere in a line, gets a backslash.
    expect(annotation?.message).toContain('\n::error file=README.md,line=1::Fake\r\n#\\#[error]legacy');
    expect(output).not.toContain('##[');
    expect(annotation?.message).toContain('\\x00\\x01\\x07\\x1b[2J\\x7f\\x9b \\u202eevil\\u2066');
    expect(annotation?.message).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202e\u2066]/);
  });

  it('leaves col and endColumn out of a range over several lines', () => {
    const [annotation] = annotations(github(report([diagnostic({ line: 3, endLine: 6, endColumn: 4 })]), options()));
    expect(annotation?.properties).toEqual({ file: 'claims/demo/claims.yaml', line: '3', endLine: '6', title: 'claims: schema' });
  });

  it('treats an exclusive end at column 1 of the next line as ending on the line before', () => {
    const [annotation] = annotations(github(report([diagnostic({ line: 3, column: 5, endLine: 4, endColumn: 1 })]), options()));
    expect(annotation?.properties).toEqual({ file: 'claims/demo/claims.yaml', line: '3', endLine: '3', col: '5', title: 'claims: schema' });
  });

  it('does not annotate suppressed findings but counts them in the summary line', () => {
    const output = github(
      report([diagnostic({ suppression: { reason: 'checked by hand' } }), diagnostic({ severity: 'warning' })]),
      options(),
    );
    expect(annotations(output).map((annotation) => annotation.command)).toEqual(['warning']);
    expect(output).toContain('claims verify: 0 errors, 1 warning, 0 info, 1 suppressed in');
  });

  it('prints only a summary line for a clean run', () => {
    expect(github(report([]), options())).toBe('claims verify: 0 errors, 0 warnings, 0 info in 2 files, 5 records\n');
  });

  it(`stops at ${ANNOTATIONS_PER_TYPE} per type per step and says how many more there are`, () => {
    const output = github(report([...many('error', 25), ...many('warning', 3), ...many('info', 12)]), options());
    const commands = annotations(output).map((annotation) => annotation.command);
    expect(commands.filter((command) => command === 'error')).toHaveLength(10);
    expect(commands.filter((command) => command === 'warning')).toHaveLength(3);
    // Nine notices plus the overflow notice: all ten fit GitHub's notice limit.
    expect(commands.filter((command) => command === 'notice')).toHaveLength(10);
    const overflow = annotations(output).at(-1)!;
    expect(overflow.properties).toEqual({});
    expect(overflow.message).toContain('18 more findings not annotated (15 errors, 0 warnings, 3 info)');
    expect(overflow.message).toContain('run with --format stylish or json for the full list');
    expect(
      annotations(output)
        .filter((annotation) => annotation.command === 'error')
        .map((annotation) => annotation.message),
    ).toEqual(many('error', 10).map((entry) => entry.message));
  });

  it('points the overflow notice at the job summary when there is one', () => {
    const output = github(report(many('warning', 11)), options({ GITHUB_STEP_SUMMARY: '/tmp/summary.md' }));
    expect(annotations(output).at(-1)?.message).toContain(
      '1 more finding not annotated (0 errors, 1 warning, 0 info); GitHub shows at most 10 errors, 10 warnings and 10 notices per step; every finding is listed in the job summary',
    );
  });

  it('annotates exactly ten of each type with no overflow notice', () => {
    const output = github(report([...many('error', 10), ...many('warning', 10), ...many('info', 10)]), options());
    expect(annotations(output)).toHaveLength(30);
    expect(output).not.toContain('more finding');
  });
});

describe('github step summary', () => {
  /** Splits a table row at the pipes GFM treats as column separators (not backslash-escaped). */
  function cells(row: string): string[] {
    return row
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((cell) => cell.trim());
  }

  it('lists every finding, suppressed ones with their reason, as a table', () => {
    const summary = githubStepSummary(
      report([
        diagnostic(),
        diagnostic({ severity: 'warning', ruleId: 'sourcing/unattributed', line: 9, column: 1, suppression: { reason: 'desk analysis' } }),
      ]),
    );
    const lines = summary.split('\n');
    expect(lines[0]).toBe('### claims verify: 1 error, 0 warnings, 0 info, 1 suppressed in 2 files');
    expect(lines[2]).toBe('| Severity | File | Line | Rule | Message | Suppressed |');
    expect(cells(lines[4]!)).toEqual([
      'error',
      'claims\\/demo\\/claims\\.yaml',
      '3:5',
      '[schema](https://github.com/claims-tool/claims/blob/main/docs/rules/schema.md)',
      'unknown field \\"x\\"',
      '',
    ]);
    expect(cells(lines[5]!)[5]).toBe('desk analysis');
    expect(cells(lines[5]!)[3]).toBe(
      '[sourcing\\/unattributed](https://github.com/claims-tool/claims/blob/main/docs/rules/sourcing-unattributed.md)',
    );
  });

  it('says so when there is nothing to list', () => {
    expect(githubStepSummary(report([]))).toBe('### claims verify: 0 errors, 0 warnings, 0 info in 2 files\n\nNo problems.\n\n');
  });

  it('escapes record text so no column, row, heading, HTML, link, code span or mention can form', () => {
    const summary = githubStepSummary(
      report([
        diagnostic({
          message: `${HOSTILE}\n# Fake heading\n| fake | row |\n[Verified](https://evil) ![](https://evil/p.png)`,
          file: 'claims/a|b.yaml',
        }),
      ]),
    );
    const rows = summary.split('\n').filter((line) => line.startsWith('| error'));
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(cells(row)).toHaveLength(6);
    expect(cells(row)[1]).toBe('claims\\/a\\|b\\.yaml');
    // In the record-text cells, every `<` left starts a line break the escaper put there, and every other
    // ASCII punctuation mark is backslash-escaped (only the rule cell holds a link, which the CLI makes).
    for (const cell of [cells(row)[1]!, cells(row)[4]!]) expect(cell.replace(/<br>/g, '')).not.toMatch(/(?<!\\)[<>`[\]()!*_~]/);
    expect(cells(row)[4]!.split('<br>')).toHaveLength(6);
    expect(row).not.toMatch(/@(?!\u2060)/);
    expect(row).not.toMatch(/#(?!\u2060)/);
    expect(row).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e\u2066]/);
    expect(cells(row)[4]).toContain('\\x1b\\[2J');
  });

  it('cuts a very long cell and stays within its size budget with a count of what is left out', () => {
    expect([...markdownCell('x'.repeat(5000))]).toHaveLength(500);
    const summary = githubStepSummary(
      report(
        Array.from({ length: 2000 }, (_, index) =>
          diagnostic({ line: index + 1, endLine: index + 1, message: `${'long '.repeat(100)}${index}` }),
        ),
      ),
    );
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(STEP_SUMMARY_BUDGET_BYTES);
    expect(summary).toMatch(
      /\n\d+ more findings not listed: the summary is capped at 256 KiB\. Run with --format json for all of them\.\n\n$/,
    );
  });
});
