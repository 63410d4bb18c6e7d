import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import type { Io } from '../../src/model/io.js';
import { parseJsonReport, runClaims } from '../support/cli.js';
import { fixturesDir, makeRepo, projectRoot, writeRepoFile } from '../support/repo.js';

// Scenarios run in this process on the sources (runClaims): no build needed.

type Report = ReturnType<typeof parseJsonReport>;
type Diagnostic = Report['diagnostics'][number];

/** Runs `claims validate --format json` on a copy of test/fixtures/bad/<name>. */
async function validateFixture(name: string) {
  const cwd = makeRepo({ fixture: `bad/${name}` });
  const result = await runClaims(['validate', '--format', 'json'], { cwd });
  return { ...result, cwd, report: parseJsonReport(result.stdout) };
}

/** A diagnostic as one comparable line: `file:line:col-endLine:endCol ruleId message`. */
function where(diagnostic: Diagnostic): string {
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}-${diagnostic.endLine}:${diagnostic.endColumn} ${diagnostic.ruleId} ${diagnostic.message}`;
}

/** A message a person could have written: plain words, no parser internals, nothing unprintable. */
function expectHumanMessage(message: string): void {
  expect(message).toMatch(/^["%A-Za-z]/);
  expect(message).not.toMatch(/^must /);
  expect(message).not.toMatch(/\.$/);
  expect(message.length).toBeLessThan(200);
  expect(message).not.toMatch(
    /undefined|\[object |NaN|must have required property|must match pattern|must NOT|stringKeys|Unresolved tag|at line \d|tag:yaml\.org|Maximum call stack/,
  );
  expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
}

/** Runs one bad fixture and checks the common contract: exit 1, JSON on stdout only, readable messages. */
async function expectFindings(name: string, expected: string[], counts?: { files: number; records: number }): Promise<Report> {
  const { code, stderr, report } = await validateFixture(name);
  expect(report.diagnostics.map(where)).toEqual(expected);
  expect(code).toBe(1);
  expect(stderr).toBe('');
  expect(report.summary.errors).toBe(expected.length);
  if (counts) expect({ files: report.summary.files, records: report.summary.records }).toEqual(counts);
  for (const diagnostic of report.diagnostics) {
    expectHumanMessage(diagnostic.message);
    expect(diagnostic.severity).toBe('error');
    expect(diagnostic.endLine > diagnostic.line || diagnostic.endColumn > diagnostic.column).toBe(true);
  }
  return report;
}

function fixtureBytes(name: string, file: string): Buffer {
  return readFileSync(path.join(fixturesDir, 'bad', name, file));
}

describe('claims validate: YAML that cannot be read as records', () => {
  it('syntax error: an unclosed quote, pointed at where it opens', async () => {
    await expectFindings('syntax-error', ['claims/source.yaml:5:7-5:8 yaml/syntax quoted text is never closed: add the closing "'], {
      files: 1,
      records: 0,
    });
  });

  it('duplicate key: at the repeat, naming the first', async () => {
    await expectFindings('duplicate-key', ['claims/source.yaml:8:1-8:5 yaml/duplicate-key duplicate key "type" (first defined at 4:1)']);
  });

  it('alias bomb: one finding that counts the other anchors and aliases, never expanded, with a small report', async () => {
    const { stdout } = await validateFixture('alias-bomb');
    expect(stdout.length).toBeLessThan(20_000);
    // "80 more": each of the 9 anchors and 72 aliases was looked at once; expanding them would be 9^9 values.
    const report = await expectFindings('alias-bomb', [
      'claims/lol.yaml:1:4-1:6 yaml/unsupported anchor &a is not allowed in claims files; write the value out (and 80 more anchors or aliases in this document)',
    ]);
    expect(report.summary.records).toBe(0);
  });

  it('deep block nesting: 4 kB of "- - -" is refused before the parser can overflow its stack', async () => {
    expect(fixtureBytes('deep-nesting-block', 'claims/deep.yaml').length).toBeGreaterThan(4000);
    await expectFindings('deep-nesting-block', [
      'claims/deep.yaml:1:1-1:4097 yaml/limit more than 64 nested "- " or "? " indicators on one line',
    ]);
  });

  it('deep flow nesting: "[[[[" and "{a: {a:" are refused at the level that crosses the limit, and the process survives', async () => {
    // Together these files used to abort node itself ("FATAL ERROR: RegExpCompiler Allocation failed", exit 134).
    await expectFindings('deep-nesting-flow', [
      'claims/a-unclosed.yaml:1:71-1:72 yaml/limit nesting deeper than 64 levels',
      'claims/b-balanced.yaml:1:71-1:72 yaml/limit nesting deeper than 64 levels',
      'claims/c-maps.yaml:1:265-1:266 yaml/limit nesting deeper than 64 levels',
    ]);
  });

  it('empty file, and a file of comments only: no records', async () => {
    await expectFindings('empty-file', [
      'claims/empty.yaml:1:1-1:2 schema file holds no records; expected at least one Story, Source, Claim or Evidence',
      'claims/only-comment.yaml:1:1-1:2 schema file holds no records; expected at least one Story, Source, Claim or Evidence',
    ]);
  });

  it('a document that is a list', async () => {
    await expectFindings('list-document', [
      'claims/source.yaml:1:1-1:24 schema a record must be a mapping with apiVersion, kind and id; found a list',
    ]);
  });

  it('a document that is a scalar', async () => {
    await expectFindings('scalar-document', [
      'claims/source.yaml:1:1-1:35 schema a record must be a mapping with apiVersion, kind and id; found a text value',
    ]);
  });

  it('%YAML 1.1 directive: refused at its own line', async () => {
    await expectFindings('yaml-directive', [
      'claims/source.yaml:1:1-1:10 yaml/unsupported %YAML 1.1 directive: claims files are YAML 1.2; remove the directive',
    ]);
  });

  it('!!merge key: refused at the tag', async () => {
    await expectFindings('merge-key', ['claims/source.yaml:8:3-8:10 yaml/unsupported tag !!merge is not allowed in claims files']);
  });

  it('a tag on a value: refused at the tag, written as in the file', async () => {
    await expectFindings('tag', ['claims/source.yaml:6:14-6:22 yaml/unsupported tag !!binary is not allowed in claims files']);
  });
});

describe('claims validate: encodings and characters', () => {
  it('non-UTF-8: a Latin-1 é, at its byte', async () => {
    expect(fixtureBytes('latin1', 'claims/source.yaml').includes(0xe9)).toBe(true);
    await expectFindings('latin1', ['claims/source.yaml:6:21-6:22 yaml/encoding invalid UTF-8 byte 0xe9; save the file as UTF-8']);
  });

  it('UTF-16, with and without a byte-order mark', async () => {
    await expectFindings('utf16', [
      'claims/be.yaml:1:1-1:2 yaml/encoding file is encoded as UTF-16; save it as UTF-8',
      'claims/le-bom.yaml:1:1-1:2 yaml/encoding file is encoded as UTF-16 LE; save it as UTF-8',
    ]);
  });

  it('a UTF-8 byte-order mark is accepted', async () => {
    expect([...fixtureBytes('utf8-bom', 'claims/source.yaml').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { code, stdout, stderr, report } = await validateFixture('utf8-bom');
    expect(report.diagnostics).toEqual([]);
    expect(report.summary).toMatchObject({ files: 1, records: 1, errors: 0 });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).not.toContain('\ufeff');
  });

  it('CRLF line ends are accepted, and positions in a CRLF file are right', async () => {
    expect(fixtureBytes('crlf', 'claims/valid.yaml').toString('latin1')).toContain('\r\n');
    expect(fixtureBytes('crlf', 'claims/invalid.yaml').toString('latin1')).toContain('\r\n');
    const report = await expectFindings(
      'crlf',
      [
        'claims/invalid.yaml:5:7-5:12 schema type must be one of: person, organization, outlet, document, recording, collective, unknown; found "persn" (did you mean "person"?)',
      ],
      { files: 2, records: 2 },
    );
    expect(report.diagnostics[0]?.pointer).toBe('/type');
  });

  it('a raw control character in a value, at each occurrence', async () => {
    await expectFindings('control-character', [
      'claims/source.yaml:5:12-5:13 yaml/encoding control character (U+001B) is not allowed in a claims file',
      'claims/source.yaml:5:16-5:17 yaml/encoding control character (U+001B) is not allowed in a claims file',
    ]);
  });

  it('a raw bidi override in a value', async () => {
    await expectFindings('bidi-override', [
      'claims/source.yaml:4:12-4:13 yaml/encoding bidirectional control character (U+202E) is not allowed in a claims file',
    ]);
  });
});

describe('claims validate: records that break the schema', () => {
  it('wrong type: one message for one root cause, at the value', async () => {
    const report = await expectFindings(
      'wrong-type',
      ['claims/bridge/claims.yaml:9:14-9:17 schema attribution must be a list; found text "x"'],
      {
        files: 3,
        records: 3,
      },
    );
    expect(report.diagnostics[0]).toMatchObject({ recordId: 'bridge-will-close', pointer: '/attribution' });
  });

  it('unknown field: at the key, with a suggestion, and not also as a missing field', async () => {
    const report = await expectFindings('unknown-field', [
      'claims/bridge/claims.yaml:10:5-10:10 schema unknown field "sorce" in attribution[0] (did you mean "source"?)',
    ]);
    expect(report.diagnostics[0]?.message).toBe('unknown field "sorce" in attribution[0] (did you mean "source"?)');
  });

  it('bad enum: at the value, listing what is allowed', async () => {
    await expectFindings('bad-enum', [
      'claims/bridge/claims.yaml:16:9-16:13 schema status must be one of: unreviewed, in-review, verified, disputed, refuted, unverifiable, retracted; found "done"',
    ]);
  });

  it('bad date: 30 February', async () => {
    await expectFindings('bad-date', [
      'claims/story.yaml:6:12-6:22 schema published must be a real date written YYYY-MM-DD; found "2025-02-30"',
    ]);
  });

  it('missing required field: at the first key of the record that lacks it', async () => {
    const report = await expectFindings('missing-required', ['claims/bridge/claims.yaml:2:1-2:11 schema missing required field "anchor"']);
    expect(report.diagnostics[0]?.message).toBe('missing required field "anchor"');
  });
});

describe('claims validate: ids and references', () => {
  it('bad reference: at the id that resolves to nothing, with a suggestion', async () => {
    await expectFindings('bad-reference', [
      'claims/bridge/claims.yaml:10:13-10:21 ref/unresolved no Source has id "the-mayr" (did you mean "the-mayor"?)',
    ]);
  });

  it('duplicate id across two files: on the later one, naming the first file', async () => {
    await expectFindings(
      'duplicate-id',
      ['claims/b-sources.yaml:4:5-4:14 id/duplicate Source id "the-mayor" is already used in claims/a-sources.yaml'],
      { files: 2, records: 2 },
    );
  });

  it('derivedFrom cycle: once, on its first claim, spelling out the loop', async () => {
    await expectFindings(
      'derived-from-cycle',
      ['claims/bridge/claims.yaml:12:1-12:12 ref/cycle derivedFrom cycle: claim-a → claim-c → claim-b → claim-a'],
      { files: 3, records: 5 },
    );
  });
});

describe('claims validate: a multi-document file', () => {
  it('puts findings in the 2nd and 3rd documents at their own lines', async () => {
    const report = await expectFindings(
      'multi-document',
      [
        'claims/sources.yaml:13:7-13:12 schema type must be one of: person, organization, outlet, document, recording, collective, unknown; found "persn" (did you mean "person"?)',
        'claims/sources.yaml:25:1-25:11 schema unknown field "reliabilty" (did you mean "reliability"?)',
      ],
      { files: 1, records: 3 },
    );
    expect(report.diagnostics.map((diagnostic) => [diagnostic.recordId, diagnostic.pointer])).toEqual([
      ['the-deputy', '/type'],
      ['the-clerk', '/reliabilty'],
    ]);
  });
});

describe('claims validate: stylish output', () => {
  const stylish = (name: string) => {
    const cwd = makeRepo({ fixture: `bad/${name}` });
    return runClaims(['validate'], { cwd });
  };

  it('groups by file, one line per finding, then the summary', async () => {
    const { code, stdout, stderr } = await stylish('duplicate-key');
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(stdout).toBe(
      [
        'claims/source.yaml',
        '  8:1  error    duplicate key "type" (first defined at 4:1)  yaml/duplicate-key',
        '',
        '✖ 1 problem (1 error, 0 warnings) in 1 file, 0 records checked',
        '',
      ].join('\n'),
    );
  });

  it('aligns positions of different widths and lists files in order', async () => {
    const { stdout } = await stylish('deep-nesting-flow');
    expect(stdout).toBe(
      [
        'claims/a-unclosed.yaml',
        '  1:71  error    nesting deeper than 64 levels  yaml/limit',
        '',
        'claims/b-balanced.yaml',
        '  1:71  error    nesting deeper than 64 levels  yaml/limit',
        '',
        'claims/c-maps.yaml',
        '  1:265  error    nesting deeper than 64 levels  yaml/limit',
        '',
        '✖ 3 problems (3 errors, 0 warnings) in 3 files, 0 records checked',
        '',
      ].join('\n'),
    );
  });

  it('shows schema findings with the record counts', async () => {
    const { stdout } = await stylish('unknown-field');
    expect(stdout).toBe(
      [
        'claims/bridge/claims.yaml',
        '  10:5  error    unknown field "sorce" in attribution[0] (did you mean "source"?)  schema',
        '',
        '✖ 1 problem (1 error, 0 warnings) in 3 files, 3 records checked',
        '',
      ].join('\n'),
    );
  });

  it('writes nothing from the file that could drive the terminal', async () => {
    for (const name of ['control-character', 'bidi-override']) {
      const { stdout } = await stylish(name);
      expect(stdout).not.toMatch(/[\u001b\u009b\u202e]/);
      expect(stdout).toMatch(
        /^claims\/source\.yaml\n {2}\d+:\d+ +error {4}(bidirectional )?control character \(U\+(001B|202E)\) is not allowed in a claims file {2}yaml\/encoding\n/,
      );
    }
  });

  it('reports a CRLF file without stray carriage returns', async () => {
    const { stdout } = await stylish('crlf');
    expect(stdout).not.toContain('\r');
    expect(stdout.split('\n')[1]).toBe(
      '  5:7  error    type must be one of: person, organization, outlet, document, recording, collective, unknown; found "persn" (did you mean "person"?)  schema',
    );
  });
});

describe('claims validate: one broken file among many good ones', () => {
  it('reports only the broken file, and counts every file and record checked', async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 50; i++) {
      const n = String(i).padStart(2, '0');
      files[`claims/sources/source-${n}.yaml`] =
        `apiVersion: claims/v1\nkind: Source\nid: source-${n}\ntype: person\nname: Person ${n}\ndescription: witness number ${n}\ngroundRule: on-record\n`;
    }
    files['claims/sources/source-26b.yaml'] =
      'apiVersion: claims/v1\nkind: Source\nid: source-26b\ntype: persn\nname: Person 26b\ndescription: a late witness\ngroundRule: on-record\n';
    const cwd = makeRepo({ files });
    const { code, stdout, stderr } = await runClaims(['validate', '--format', 'json'], { cwd });
    const report = parseJsonReport(stdout);
    expect(report.diagnostics.map(where)).toEqual([
      'claims/sources/source-26b.yaml:4:7-4:12 schema type must be one of: person, organization, outlet, document, recording, collective, unknown; found "persn" (did you mean "person"?)',
    ]);
    expect(report.summary).toEqual({
      files: 51,
      records: 51,
      errors: 1,
      warnings: 0,
      infos: 0,
      suppressed: 0,
      hidden: { warnings: 0, infos: 0 },
    });
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });

    const plain = await runClaims(['validate'], { cwd });
    expect(plain.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 problem (1 error, 0 warnings) in 51 files, 51 records checked');
  });

  it('still checks the other files when one cannot even be decoded', async () => {
    const cwd = makeRepo({ fixture: 'good' });
    writeRepoFile(cwd, 'claims/broken.yaml', Uint8Array.from([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]));
    writeRepoFile(cwd, 'claims/demo/more.yaml', 'apiVersion: claims/v1\nkind: Source\nid: more\ntype: persn\nname: M\ndescription: d\n');
    const { code, stdout } = await runClaims(['validate', '--format', 'json'], { cwd });
    const report = parseJsonReport(stdout);
    expect(report.diagnostics.map((diagnostic) => `${diagnostic.file} ${diagnostic.ruleId}`)).toEqual([
      'claims/broken.yaml yaml/encoding',
      'claims/demo/more.yaml schema',
    ]);
    expect(report.summary).toMatchObject({ files: 5, records: 6 });
    expect(code).toBe(1);
  });
});

describe('claims validate: exit codes (DESIGN §3)', () => {
  it('0: a clean repository prints only the summary line', async () => {
    const cwd = makeRepo({ fixture: 'good' });
    expect(await runClaims(['validate'], { cwd })).toEqual({ code: 0, stdout: '✔ 3 files, 5 records checked: no problems\n', stderr: '' });
    const json = await runClaims(['validate', '--format', 'json'], { cwd });
    expect(json.code).toBe(0);
    expect(parseJsonReport(json.stdout)).toMatchObject({
      summary: { files: 3, records: 5, errors: 0, warnings: 0, infos: 0, suppressed: 0 },
      diagnostics: [],
    });
  });

  it('0: validating named paths of a clean repository', async () => {
    const cwd = makeRepo({ fixture: 'good' });
    expect(await runClaims(['validate', 'claims/demo/sources.yaml', 'claims/demo/*.yaml'], { cwd })).toEqual({
      code: 0,
      stdout: '✔ 3 files, 5 records checked: no problems\n',
      stderr: '',
    });
  });

  it('1: findings', async () => {
    expect((await validateFixture('bad-enum')).code).toBe(1);
  });

  it('2: an unknown option, one line and a hint on stderr, nothing on stdout', async () => {
    const cwd = makeRepo({ fixture: 'good' });
    const { code, stdout, stderr } = await runClaims(['validate', '--bogus'], { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^error: unknown option '--bogus'/);
    expect(lines[1]).toBe('Run `claims --help` for usage.');
  });

  it('2: a path that matches no file', async () => {
    const cwd = makeRepo({ fixture: 'good' });
    const { code, stdout, stderr } = await runClaims(['validate', 'does-not-exist.yaml'], { cwd });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no claim files matched "does-not-exist.yaml"');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('2: a repository with no claims directory', async () => {
    const cwd = makeRepo({ files: { 'README.md': '# nothing here\n' } });
    const { code, stdout, stderr } = await runClaims(['validate'], { cwd });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain('no claim files matched "claims"');
  });

  it('2: an unknown command', async () => {
    const cwd = makeRepo({ fixture: 'good' });
    const { code, stdout, stderr } = await runClaims(['frobnicate'], { cwd });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^error: unknown command 'frobnicate'/);
  });

  it('2: an unknown format', async () => {
    const cwd = makeRepo({ fixture: 'good' });
    const { code, stdout, stderr } = await runClaims(['validate', '--format', 'xml'], { cwd });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain('unknown format "xml"');
  });

  it('2: a broken config, with every problem and its position', async () => {
    const cwd = makeRepo({
      fixture: 'good',
      files: { 'claims.config.yaml': 'rules:\n  schema: off\n  ref/cycles: warning\nthresholds:\n  independentOrigins: 0\n' },
    });
    const { code, stdout, stderr } = await runClaims(['validate'], { cwd });
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe(
      [
        'claims: invalid claims.config.yaml',
        '  claims.config.yaml:2:3 rule "schema" cannot be reconfigured: later checks depend on it',
        '  claims.config.yaml:3:3 unknown rule "ref/cycles" (did you mean "ref/cycle"?)',
        '  claims.config.yaml:5:23 thresholds.independentOrigins must be at least 1; found 0',
        'Fix claims.config.yaml; schemas/config.schema.json describes every setting.',
        '',
      ].join('\n'),
    );
  });

  it('0: --help and --version', async () => {
    const cwd = makeRepo();
    const help = await runClaims(['--help'], { cwd });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: claims /);
    // Every command with its arguments, as `claims <command> --help` would show them.
    expect(help.stdout).toMatch(/^ {2}validate \[options\] \[paths\.\.\.\]/m);
    expect(help.stdout).toMatch(/^ {2}show <id>/m);
    expect(help.stderr).toBe('');
    const version = await runClaims(['--version'], { cwd });
    const { version: expected } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    expect(version).toEqual({ code: 0, stdout: `${expected}\n`, stderr: '' });
  });

  it("0: help for one command lists that command's own options", async () => {
    const cwd = makeRepo();
    for (const argv of [
      ['help', 'verify'],
      ['verify', '--help'],
    ]) {
      const help = await runClaims(argv, { cwd });
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^Usage: claims verify /);
      expect(help.stdout).toContain('--min-coverage <percent>');
    }
  });

  it('3: an internal error, reported without a stack trace unless --debug', async () => {
    const cwd = makeRepo({ fixture: 'good' });
    let stderr = '';
    const io: Io = {
      stdout: () => {
        throw new Error('stdout closed');
      },
      stderr: (text) => {
        stderr += text;
      },
      cwd,
      env: { NO_COLOR: '1' },
      stdoutIsTTY: false,
      columns: undefined,
    };
    expect(await main(['validate'], io)).toBe(3);
    expect(stderr).toContain('claims: internal error: stdout closed');
    expect(stderr).not.toMatch(/\n\s+at /);
    stderr = '';
    expect(await main(['validate', '--debug'], io)).toBe(3);
    expect(stderr).toMatch(/\n\s+at /);
  });
});
