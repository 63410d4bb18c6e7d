import { describe, expect, it } from 'vitest';
import { junit } from '../../../src/render/diagnostics/junit.js';
import { xmlAttribute, xmlCdata, xmlSafe } from '../../../src/render/encode/xml.js';
import { HOSTILE, diagnostic, junitSchemaCheck, parseXml, report } from './support.js';

function render(...args: Parameters<typeof report>) {
  return junit(report(...args));
}

/** What the XML carries for HOSTILE: controls, bidi marks and unrepresentable characters as visible escapes. */
const HOSTILE_AS_XML = HOSTILE.replace('\u0000\u0001\u0007\u001b', '\\x00\\x01\\x07\\x1b')
  .replace('\u007f\u009b', '\\x7f\\x9b')
  .replace('\u202eevil\u2066', '\\u202eevil\\u2066')
  .replace('\ud800', '\\ud800')
  .replace('\uffff', '\\uffff');

describe('xml encoding', () => {
  it('escapes the five attribute characters and keeps TAB, LF and CR through attribute normalisation', () => {
    expect(xmlAttribute(`a&b<c>d"e'f\tg\nh\ri`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f&#9;g&#10;h&#13;i');
  });

  it('splits every ]]> of a CDATA section, not only the first', () => {
    expect(xmlCdata('a]]>b]]>c')).toBe('<![CDATA[a]]]]><![CDATA[>b]]]]><![CDATA[>c]]>');
  });

  it('shows what XML 1.0 cannot carry, and control and bidi characters, as visible escapes', () => {
    expect(xmlSafe(HOSTILE)).toBe(HOSTILE_AS_XML);
    expect(xmlSafe('emoji \ud83d\ude00 stays')).toBe('emoji \ud83d\ude00 stays');
  });
});

describe('junit formatter', () => {
  it('writes a testsuite per file and a testcase per finding, with a passing case for a clean file', () => {
    const document = parseXml(
      render([
        diagnostic(),
        diagnostic({ severity: 'warning', line: 7, endLine: 7 }),
        diagnostic({ severity: 'info', line: 8, endLine: 8 }),
      ]),
    );
    const { testsuites } = document;
    expect(testsuites).toMatchObject({ name: 'claims verify', tests: '4', failures: '2', errors: '0' });
    expect(testsuites).not.toHaveProperty('skipped');
    expect(testsuites.testsuite.map((suite) => suite.name)).toEqual(['claims/demo/claims.yaml', 'claims/demo/sources.yaml']);
    const [claims, sources] = testsuites.testsuite;
    expect(claims).toMatchObject({ file: 'claims/demo/claims.yaml', tests: '3', failures: '2', skipped: '0' });
    expect(claims!.testcase.map((testcase) => testcase.name)).toEqual(['schema @ 3:5', 'schema @ 7:5', 'schema @ 8:5']);
    expect(claims!.testcase[0]).toMatchObject({
      classname: 'claims/demo/claims.yaml',
      failure: { type: 'error', message: 'unknown field "x"' },
    });
    expect(claims!.testcase[0]).not.toHaveProperty('file');
    expect(claims!.testcase[0]!.failure!['#text']).toBe(
      'claims/demo/claims.yaml:3:5 error schema (record a-claim at /x)\nunknown field "x"',
    );
    expect(claims!.testcase[1]!.failure?.type).toBe('warning');
    expect(claims!.testcase[2]!.failure).toBeUndefined();
    expect(claims!.testcase[2]!['system-out']).toContain('info schema');
    expect(sources!.testcase).toEqual([{ classname: 'claims/demo/sources.yaml', name: 'claims verify', time: '0' }]);
  });

  it('skips a suppressed finding with its reason', () => {
    const [suite] = parseXml(render([diagnostic({ severity: 'warning', suppression: { reason: 'checked by phone' } })])).testsuites
      .testsuite;
    expect(suite).toMatchObject({ tests: '1', failures: '0', skipped: '1' });
    expect(suite!.testcase[0]!.skipped?.message).toBe('suppressed: checked by phone');
    expect(suite!.testcase[0]!.failure).toBeUndefined();
  });

  it('gives every testcase a unique name within its file, even at one position', () => {
    const diagnostics = [
      diagnostic(),
      diagnostic({ message: 'other' }),
      diagnostic({ message: 'third' }),
      diagnostic({ ruleId: 'ref/unresolved' }),
      diagnostic({ file: 'claims/b.yaml' }),
    ];
    const { testsuites } = parseXml(render(diagnostics));
    const keys = testsuites.testsuite.flatMap((suite) => suite.testcase.map((testcase) => `${testcase.classname}\u0000${testcase.name}`));
    expect(new Set(keys).size).toBe(keys.length);
    expect(
      testsuites.testsuite.find((suite) => suite.name === 'claims/demo/claims.yaml')!.testcase.map((testcase) => testcase.name),
    ).toEqual(['schema @ 3:5', 'schema @ 3:5 #2', 'schema @ 3:5 #3', 'ref/unresolved @ 3:5']);
  });

  it('stays well-formed and carries hostile text exactly (made visible where XML cannot hold it)', () => {
    const xml = render([
      diagnostic({ message: HOSTILE, file: `claims/${HOSTILE}.yaml` }),
      diagnostic({ severity: 'info', message: HOSTILE, line: 9, endLine: 9 }),
      diagnostic({ severity: 'warning', line: 10, endLine: 10, suppression: { reason: HOSTILE } }),
    ]);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    const { testsuites } = parseXml(xml);
    const hostileSuite = testsuites.testsuite.find(
      (suite) => suite.name !== 'claims/demo/claims.yaml' && suite.name !== 'claims/demo/sources.yaml',
    )!;
    expect(hostileSuite.name).toBe(`claims/${HOSTILE_AS_XML}.yaml`);
    const failure = hostileSuite.testcase[0]!.failure!;
    expect(failure.message).toBe(HOSTILE_AS_XML);
    // XML parsers turn CR LF into LF inside character data (XML 1.0 §2.11); nothing else changes.
    expect(failure['#text']).toBe(
      `claims/${HOSTILE_AS_XML}.yaml:3:5 error schema (record a-claim at /x)\n${HOSTILE_AS_XML}`.replace(/\r\n?/g, '\n'),
    );
    const claims = testsuites.testsuite.find((suite) => suite.name === 'claims/demo/claims.yaml')!;
    expect(claims.testcase[0]!['system-out']).toContain(HOSTILE_AS_XML.replace(/\r\n?/g, '\n'));
    expect(claims.testcase[1]!.skipped?.message).toBe(`suppressed: ${HOSTILE_AS_XML}`);
  });
});

describe("junit output against Jenkins xunit's junit-10.xsd (xmllint --schema, as WebAssembly)", () => {
  it('the schema rejects what it should (the validator is live)', async () => {
    const valid = '<testsuites><testsuite name="a" tests="1" failures="0" errors="0"><testcase name="t"/></testsuite></testsuites>';
    expect((await junitSchemaCheck(valid)).valid).toBe(true);
    expect(await junitSchemaCheck(valid.replace('<testcase name="t"/>', '<testcase name="t" file="a"/>'))).toMatchObject({
      valid: false,
      report: expect.stringContaining("attribute 'file': The attribute 'file' is not allowed"),
    });
    expect((await junitSchemaCheck(valid.replace('<testsuites>', '<testsuites skipped="1">'))).valid).toBe(false);
  });

  it('validates with errors, warnings, infos, suppressed findings, a clean file and hostile text', async () => {
    const xml = render([
      diagnostic(),
      diagnostic({ severity: 'warning', ruleId: 'sourcing/unattributed', line: 7, endLine: 7 }),
      diagnostic({ severity: 'warning', line: 8, endLine: 8, suppression: { reason: HOSTILE } }),
      diagnostic({ severity: 'info', ruleId: 'coverage/uncovered-sentence', file: 'claims/demo/story.txt', message: HOSTILE }),
      diagnostic({ message: HOSTILE, file: `claims/${HOSTILE}.yaml` }),
    ]);
    expect(xml).toContain('<skipped ');
    expect(xml).toContain('<system-out>');
    expect(xml).toContain('name="claims verify"');
    const { valid, report: output } = await junitSchemaCheck(xml);
    expect(output).toContain('junit.xml validates');
    expect(valid).toBe(true);
    expect((await junitSchemaCheck(render([], { command: 'validate' }))).valid).toBe(true);
  });
});
