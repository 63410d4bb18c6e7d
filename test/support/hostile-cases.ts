/** Hostile claim files, one per class of ../shared/ref/hostile-input.md, with where the loader reports each. */
export const VALID = `apiVersion: claims/v1
kind: Source
id: valid-source
type: person
name: A Person
description: a named person
groundRule: on-record
`;

const record = (extra: string) => `apiVersion: claims/v1\nkind: Source\nid: hostile\ntype: person\nname: X\ndescription: y\n${extra}`;

export interface HostileCase {
  name: string;
  content: string | Buffer;
  rule: string;
  line: number;
  column: number;
}

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: 'billion laughs',
    content:
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n',
    rule: 'yaml/unsupported',
    line: 1,
    column: 4,
  },
  { name: '4 kB compact sequence with a dedent', content: `${'- '.repeat(2200)}x\n- y\n`, rule: 'yaml/limit', line: 1, column: 1 },
  { name: 'deep flow nesting', content: `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, rule: 'yaml/limit', line: 1, column: 68 },
  {
    name: 'UTF-16 with a byte-order mark',
    content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]),
    rule: 'yaml/encoding',
    line: 1,
    column: 1,
  },
  { name: 'UTF-16 without a byte-order mark', content: Buffer.from(VALID, 'utf16le'), rule: 'yaml/encoding', line: 1, column: 1 },
  {
    name: 'invalid UTF-8 (Latin-1 é)',
    content: Buffer.concat([Buffer.from('id: caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
    rule: 'yaml/encoding',
    line: 1,
    column: 8,
  },
  { name: 'raw NUL byte', content: 'a: b\u0000c\n', rule: 'yaml/encoding', line: 1, column: 5 },
  { name: 'raw ESC sequence', content: 'a: "\u001b[2J ok"\n', rule: 'yaml/encoding', line: 1, column: 5 },
  { name: 'C1 control', content: 'a: x\u009by\n', rule: 'yaml/encoding', line: 1, column: 5 },
  { name: 'escaped bidi override in a value', content: 'a: "claim-\\u202e1000"\n', rule: 'yaml/encoding', line: 1, column: 4 },
  { name: '%YAML 1.1 directive', content: '%YAML 1.1\n---\nstatus: no\n', rule: 'yaml/unsupported', line: 1, column: 1 },
  {
    name: '!!merge key',
    content: 'base: &b {status: verified}\nrecord:\n  !!merge <<: *b\n',
    rule: 'yaml/unsupported',
    line: 3,
    column: 3,
  },
  { name: '!!js/function tag', content: 'a: !!js/function "function(){}"\n', rule: 'yaml/unsupported', line: 1, column: 4 },
  { name: '!!binary tag', content: 'a: !!binary aGVsbG8=\n', rule: 'yaml/unsupported', line: 1, column: 4 },
  { name: 'local tag', content: 'a: !Ref b\n', rule: 'yaml/unsupported', line: 1, column: 4 },
  {
    name: 'duplicate key',
    content: record('groundRule: on-record\ngroundRule: off-record\n'),
    rule: 'yaml/duplicate-key',
    line: 8,
    column: 1,
  },
  { name: 'numeric and string keys that collide', content: '1: a\n"1": b\n', rule: 'yaml/duplicate-key', line: 2, column: 1 },
  { name: 'alias used as a key', content: 'x: &k id\n*k : b\n', rule: 'yaml/unsupported', line: 2, column: 1 },
  { name: 'tab indentation', content: 'a:\n\tb: c\n', rule: 'yaml/syntax', line: 2, column: 1 },
  { name: 'CR-only line breaks', content: 'a: 1\rb: 2\r', rule: 'yaml/syntax', line: 1, column: 4 },
  { name: '__proto__ key', content: record('groundRule: on-record\n__proto__:\n  polluted: true\n'), rule: 'schema', line: 8, column: 1 },
  {
    name: 'look-alike key (Cyrillic і)',
    content: `apiVersion: claims/v1\nkind: Source\n\u0456d: x\nid: y\ntype: person\nname: X\ndescription: y\n`,
    rule: 'schema',
    line: 3,
    column: 1,
  },
  { name: 'zero-width space in a key', content: record('groundRule\u200b: on-record\n'), rule: 'schema', line: 7, column: 1 },
  { name: 'a list instead of a record', content: '- a\n- b\n', rule: 'schema', line: 1, column: 1 },
  { name: 'empty file', content: '', rule: 'schema', line: 1, column: 1 },
  { name: 'comments only', content: '# nothing here\n', rule: 'schema', line: 1, column: 1 },
  { name: 'file over the byte cap', content: `a: "${'x'.repeat(2 * 1024 * 1024)}"\n`, rule: 'yaml/limit', line: 1, column: 1 },
  {
    name: 'quadratic keys (50k in one mapping)',
    content: Array.from({ length: 50_000 }, (_, i) => `k${i}: v`).join('\n') + '\n',
    rule: 'yaml/limit',
    line: 50_000,
    column: 9,
  },
  {
    name: 'many anchors',
    content: Array.from({ length: 20_000 }, (_, i) => `k${i}: &a${i} v`).join('\n') + '\n',
    rule: 'yaml/unsupported',
    line: 1,
    column: 5,
  },
  { name: 'one line of many syntax errors', content: `a: ${'] '.repeat(50_000)}\n`, rule: 'yaml/syntax', line: 1, column: 4 },
  { name: 'nested complex keys', content: `${'? '.repeat(400)}x\n`, rule: 'yaml/limit', line: 1, column: 1 },
  { name: 'type confusion (number for text)', content: record('groundRule: 42\n'), rule: 'schema', line: 7, column: 13 },
];

/*
 * CI runner commands. The GitHub Actions runner runs a line of a step's output (split at LF, CR or CRLF)
 * as a command when, after leading white space, it starts with `::` (`::add-mask::secret` masks "secret";
 * `::stop-commands::x` turns every later annotation off), or when it holds the legacy `##[` anywhere
 * (actions/runner ActionCommand.cs: TryParseV2, TryParse). Its comparisons are culture-sensitive, and ICU
 * skips ignorable characters in them, so `#<soft hyphen>#[` counts too.
 */

/** Record text carrying every kind of runner command opener, on lines of its own and inside a line. */
export const RUNNER_COMMAND_TEXT =
  '::add-mask::secret\nOfficials ##[error]pwned the vote.\n  ::stop-commands::x\n#\u00ad#[warning]soft hyphen\n\u3000::add-mask::ideographic space\n\u200b::add-mask::zero width';

/** A repository with RUNNER_COMMAND_TEXT in the story text and in every field the outputs show. */
export const RUNNER_COMMAND_FILES: Record<string, string> = {
  'claims/story/story.txt': `The council approved the budget on Tuesday.\n${RUNNER_COMMAND_TEXT}\nCritics said ##[group]more.\n`,
  'claims/story/story.yaml': `apiVersion: claims/v1\nkind: Story\nid: story\ntitle: ${JSON.stringify(RUNNER_COMMAND_TEXT)}\ntext: story.txt\npublisher: ${JSON.stringify(RUNNER_COMMAND_TEXT)}\n`,
  'claims/story/sources.yaml': `apiVersion: claims/v1
kind: Source
id: critic
type: person
name: ${JSON.stringify(RUNNER_COMMAND_TEXT)}
description: ${JSON.stringify(RUNNER_COMMAND_TEXT)}
groundRule: on-record
---
apiVersion: claims/v1
kind: Source
id: broken
type: ${JSON.stringify('##[error]pwned')}
name: ${JSON.stringify('::add-mask::secret')}
description: a source whose type is not one of the types, so a schema message quotes it
groundRule: on-record
`,
  'claims/story/claims.yaml': `apiVersion: claims/v1
kind: Claim
id: budget-approved
story: story
statement: ${JSON.stringify(RUNNER_COMMAND_TEXT)}
summary: ${JSON.stringify('##[error]pwned\n::add-mask::secret')}
type: attributed-statement
anchor:
  exact: The council approved the budget on Tuesday.
attribution:
  - source: critic
    relation: said
    quote: ${JSON.stringify(RUNNER_COMMAND_TEXT)}
evidence:
  - type: publication
    title: ${JSON.stringify(RUNNER_COMMAND_TEXT)}
    url: https://example.org/a
    relation: supports
confidence:
  likelihood: likely
  credibility: 3
  rationale: ${JSON.stringify(RUNNER_COMMAND_TEXT)}
status: unreviewed
suppress:
  - rule: quote/not-in-story
    reason: ${JSON.stringify(RUNNER_COMMAND_TEXT)}
tags: ["##[error]pwned", "::add-mask::secret"]
`,
};

/**
 * Lines of `output` the runner would take for a command, judged as the runner judges them: characters its
 * comparisons may skip (controls, format characters, combining marks, default-ignorable code points) are
 * dropped, then a line is a command if it holds `##[` or starts, after white space, with `::`. `own`
 * matches the lines claims itself writes as commands (`--format github`); those may only not hold `##[`.
 */
export function runnerCommandLines(output: string, own?: RegExp): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => {
    const seen = line.replace(/[\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}]/gu, '');
    if (seen.includes('##[')) return true;
    return /^\s*::/u.test(seen) && !(own?.test(line) ?? false);
  });
}
