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
