import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import { DIAGNOSTICS_FORMATS, loadDiagnosticsFormatter } from '../../../src/render/diagnostics/index.js';
import { xmlSafe } from '../../../src/render/encode/xml.js';
import { RUNNER_COMMAND_TEXT, runnerCommandLines } from '../../support/hostile-cases.js';
import { textOf } from '../../support/rendered.js';
import { HOSTILE, diagnostic, options, parseWorkflowCommand, parseXml, report, sarifSchemaErrors } from './support.js';

// Every diagnostics format, given messages, reasons and a file name full of runner command openers
// (`##[`, lines starting with `::`): no line of the output may be a runner command, and the formats that
// have escapes (JSON, SARIF, JUnit XML) must still read back the exact text.

const MESSAGE = `${RUNNER_COMMAND_TEXT}\n${HOSTILE}`;

const findings: Diagnostic[] = [
  diagnostic({ message: MESSAGE }),
  diagnostic({ severity: 'warning', line: 4, endLine: 4, message: MESSAGE }),
  diagnostic({ severity: 'info', line: 5, endLine: 5, message: `::add-mask::secret\n${MESSAGE}` }),
  diagnostic({ line: 6, endLine: 6, message: MESSAGE, suppression: { reason: MESSAGE } }),
  diagnostic({ file: 'claims/##[error]pwned/::add-mask::x.yaml', message: MESSAGE }),
];

async function render(format: (typeof DIAGNOSTICS_FORMATS)[number]): Promise<string> {
  return textOf((await loadDiagnosticsFormatter(format))(report(findings), options()));
}

describe('runner command openers in diagnostics', () => {
  it.each(DIAGNOSTICS_FORMATS)('%s: no line of the output is a runner command', async (format) => {
    const output = await render(format);
    expect(output).toContain('pwned');
    // `github` writes its own `::error`, `::warning` and `::notice` lines; those may not hold `##[` either.
    expect(runnerCommandLines(output, format === 'github' ? /^::(error|warning|notice) file=/ : undefined)).toEqual([]);
  });

  it('json and sarif: JSON.parse reads every message back exactly, and SARIF stays schema-valid', async () => {
    const json = JSON.parse(await render('json')) as { diagnostics: { message: string; file: string }[] };
    expect(json.diagnostics.map((entry) => entry.message)).toEqual(findings.map((entry) => entry.message));
    expect(json.diagnostics.at(-1)!.file).toBe('claims/##[error]pwned/::add-mask::x.yaml');
    const log = JSON.parse(await render('sarif')) as { runs: { results: { message: { text: string } }[] }[] };
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results.map((result) => result.message.text)).toEqual(findings.map((entry) => entry.message));
  });

  it('junit: attributes and CDATA read back the same text as without the breaks', async () => {
    const { testsuites } = parseXml(await render('junit'));
    const cases = testsuites.testsuite.flatMap((suite) => suite.testcase);
    const visible = xmlSafe(MESSAGE);
    expect(cases.filter((testcase) => testcase.failure).map((testcase) => testcase.failure!.message)).toEqual([visible, visible, visible]);
    // Character data: XML parsers read every CRLF and CR as LF (XML 1.0 §2.11), breaks or not.
    const lines = (text: string) => xmlSafe(text).replace(/\r\n?/g, '\n');
    // The text after the first line (file, position, severity, rule) is the message.
    const message = (text: string) => text.slice(text.indexOf('\n') + 1);
    for (const testcase of cases.filter((entry) => entry.failure)) expect(message(testcase.failure!['#text'])).toBe(lines(MESSAGE));
    const info = cases.find((testcase) => testcase['system-out'] !== undefined)!;
    expect(message(info['system-out']!)).toBe(lines(`::add-mask::secret\n${MESSAGE}`));
    expect(cases.find((testcase) => testcase.skipped)!.skipped!.message).toBe(`suppressed: ${visible}`);
    expect(testsuites.testsuite.map((suite) => suite.name)).toContain('claims/##[error]pwned/::add-mask::x.yaml');
  });

  it('github: the message keeps its lines (escaped on the wire), with a backslash in each ##[', async () => {
    const annotations = (await render('github'))
      .split('\n')
      .map((line) => parseWorkflowCommand(line))
      .filter((annotation) => annotation !== undefined);
    expect(annotations[0]!.message).toContain('::add-mask::secret\nOfficials #\\#[error]pwned the vote.\n  ::stop-commands::x');
    expect(annotations.at(-1)!.properties.file).toBe('claims/#\\#[error]pwned/::add-mask::x.yaml');
  });

  it('stylish: record text shows, with a backslash in each opener', async () => {
    const output = await render('stylish');
    // The message follows the position on its line, so only its `##[` needs a break; its line breaks show as `\n`.
    expect(output).toContain('::add-mask::secret\\nOfficials #\\#[error]pwned');
    expect(output).toContain('claims/#\\#[error]pwned/::add-mask::x.yaml');
  });
});
