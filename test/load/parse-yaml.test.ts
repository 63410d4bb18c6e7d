import { describe, expect, it, vi } from 'vitest';
import { Alias } from 'yaml';
import { parseYamlText } from '../../src/load/parse-yaml.js';

describe('parseYamlText', () => {
  it('keeps YAML 1.2 core scalars as the core schema reads them', () => {
    const { documents, problems } = parseYamlText('status: no\ndate: 2025-11-26\nn: 012\n');
    expect(problems).toEqual([]);
    expect(documents[0]?.value).toEqual({ status: 'no', date: '2025-11-26', n: 12 });
  });

  it('reports a duplicate key at the second occurrence with the first position', () => {
    const { problems } = parseYamlText('id: a\nstatus: x\nstatus: y\n');
    expect(problems).toEqual([{ ruleId: 'yaml/duplicate-key', message: 'duplicate key "status"', start: 16, end: 22, firstAt: 6 }]);
  });

  it('keeps a __proto__ key as an own property without touching the prototype', () => {
    const { documents } = parseYamlText('__proto__:\n  polluted: 1\n');
    const value = documents[0]?.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses anchors and aliases before they can expand', () => {
    const { problems } = parseYamlText('a: &x [1, 2]\nb: *x\n');
    expect(problems.map((problem) => problem.ruleId)).toEqual(['yaml/unsupported']);
  });

  it('pins YAML 1.2 against a %YAML 1.1 directive', () => {
    const { problems } = parseYamlText('%YAML 1.1\n---\nstatus: no\n');
    expect(problems.some((problem) => problem.ruleId === 'yaml/unsupported' && problem.message.includes('%YAML 1.1'))).toBe(true);
  });

  it('refuses explicit tags, including !!merge', () => {
    const { problems } = parseYamlText('a: !!binary aGVsbG8=\n');
    expect(problems[0]?.ruleId).toBe('yaml/unsupported');
  });

  it('stops a deep compact sequence before the parser recurses', () => {
    const { problems } = parseYamlText(`${'- '.repeat(2200)}x\n- y\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.ruleId).toBe('yaml/limit');
  });

  it('reads every document of a stream', () => {
    const { documents } = parseYamlText('a: 1\n---\nb: 2\n');
    expect(documents.map((document) => document.value)).toEqual([{ a: 1 }, { b: 2 }]);
  });
});

/** Problems as `line:col rule message`, with 1-based positions computed from the text. */
function located(text: string): string[] {
  return parseYamlText(text).problems.map((problem) => {
    const before = text.slice(0, problem.start).split('\n');
    return `${before.length}:${(before[before.length - 1] ?? '').length + 1} ${problem.ruleId} ${problem.message}`;
  });
}

describe('parseYamlText: nesting limits', () => {
  it('refuses flow collections nested past the limit before the composer can recurse, at the opener that crosses it', () => {
    expect(located(`tags: ${'['.repeat(4096)}\n`)).toEqual(['1:71 yaml/limit nesting deeper than 64 levels']);
    expect(located(`tags: ${'['.repeat(1000)}${']'.repeat(1000)}\n`)).toEqual(['1:71 yaml/limit nesting deeper than 64 levels']);
    expect(located(`anchor: ${'{a: '.repeat(2000)}\n`)).toEqual(['1:265 yaml/limit nesting deeper than 64 levels']);
  });

  it('accepts 64 levels of flow nesting and refuses 65', () => {
    const nested = (levels: number) => `${'['.repeat(levels)}x${']'.repeat(levels)}\n`;
    expect(parseYamlText(nested(64)).problems).toEqual([]);
    expect(located(nested(65))).toEqual(['1:65 yaml/limit nesting deeper than 64 levels']);
  });

  it('does not count brackets inside quoted text, comments or block scalars', () => {
    const brackets = '['.repeat(100);
    const text = `a: "${brackets}"\nb: '${brackets}'\n# ${brackets}\nc: |\n  ${brackets}\nd: plain ${brackets}\n`;
    const { documents, problems } = parseYamlText(text);
    expect(problems).toEqual([]);
    expect(documents[0]?.value).toEqual({ a: brackets, b: brackets, c: `${brackets}\n`, d: `plain ${brackets}` });
  });

  it('measures flow depth per collection, so many shallow collections are fine', () => {
    const text = `tags: [${'[[a]], '.repeat(200)}x]\n`;
    const { documents, problems } = parseYamlText(text);
    expect(problems).toEqual([]);
    expect((documents[0]?.value as { tags: unknown[] }).tags).toHaveLength(201);
  });

  it('refuses indentation past the limit', () => {
    expect(located(`a:\n${' '.repeat(129)}b: 1\n`)).toEqual(['2:1 yaml/limit indentation deeper than 128 columns']);
  });
});

describe('parseYamlText: anchors, aliases and tags', () => {
  it('reports the first anchor or alias of a document, at the anchor itself, and counts the rest', () => {
    const uses = Array.from({ length: 120 }, () => '*x').join(', ');
    expect(located(`a: &x [1, 2]\nb: [${uses}]\n`)).toEqual([
      '1:4 yaml/unsupported anchor &x is not allowed in claims files; write the value out (and 120 more anchors or aliases in this document)',
    ]);
    expect(located('a: *x\n')).toEqual(['1:4 yaml/unsupported alias *x is not allowed in claims files; write the value out']);
  });

  it('keeps a file of many anchors to one finding per document', () => {
    const text = Array.from({ length: 500 }, (_, i) => `k${i}: &a${i} v`).join('\n');
    const { problems, documents } = parseYamlText(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('(and 499 more anchors or aliases in this document)');
    expect(documents[0]?.value).toBeUndefined();
  });

  it('refuses a billion-laughs ladder without expanding it: each anchor and alias is looked at once', () => {
    const levels = 'abcdefghi';
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < levels.length; i++)
      lines.push(
        `${levels[i]}: &${levels[i]} [${Array(9)
          .fill(`*${levels[i - 1]}`)
          .join(',')}]`,
      );
    // `yaml` expands an alias only through Alias#resolve or Alias#toJS: neither may run.
    const resolve = vi.spyOn(Alias.prototype, 'resolve');
    const toJS = vi.spyOn(Alias.prototype, 'toJS');
    try {
      const { problems, documents } = parseYamlText(lines.join('\n'));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ ruleId: 'yaml/unsupported', start: 3 });
      // The work, counted: 9 anchors and 8 × 9 aliases are 81 nodes, the first reported and 80 counted.
      // Following the aliases would visit 9^9 (387 million) values instead.
      expect(problems[0]?.message).toMatch(/\(and 80 more anchors or aliases in this document\)$/);
      expect(documents[0]?.value).toBeUndefined();
      expect({ resolve: resolve.mock.calls.length, toJS: toJS.mock.calls.length }).toEqual({ resolve: 0, toJS: 0 });
    } finally {
      resolve.mockRestore();
      toJS.mockRestore();
    }
  });

  it('names tags as the file writes them and points at the tag', () => {
    expect(located('a: !!str text\n')).toEqual(['1:4 yaml/unsupported tag !!str is not allowed in claims files']);
    expect(located('a: !Ref other\n')).toEqual(['1:4 yaml/unsupported tag !Ref is not allowed in claims files']);
    expect(located('a: !!binary aGVsbG8=\n')).toEqual(['1:4 yaml/unsupported tag !!binary is not allowed in claims files']);
    expect(located('a: &x !!str text\n')).toEqual([
      '1:4 yaml/unsupported anchor &x is not allowed in claims files; write the value out',
      '1:7 yaml/unsupported tag !!str is not allowed in claims files',
    ]);
  });

  it('refuses a !!merge key, which YAML 1.2 core would otherwise honour', () => {
    expect(located('base:\n  a: 1\nchild:\n  !!merge <<: {status: verified}\n')).toEqual([
      '4:3 yaml/unsupported tag !!merge is not allowed in claims files',
    ]);
  });

  it('keeps a plain << as an ordinary key (no merging)', () => {
    expect(parseYamlText('a:\n  <<: {status: verified}\n').documents[0]?.value).toEqual({ a: { '<<': { status: 'verified' } } });
  });

  it('refuses alias and collection keys with a plain message', () => {
    expect(located('*k : b\n')).toEqual(['1:1 yaml/unsupported alias *k is not allowed in claims files; write the value out']);
    expect(located('? [a, b]\n: c\n')).toEqual(['1:3 yaml/syntax a key must be plain text, not a list or a mapping']);
  });

  it('treats 1 and "1" as the same key', () => {
    expect(located('1: a\n"1": b\n')).toEqual(['2:1 yaml/duplicate-key duplicate key "1"']);
  });
});

describe('parseYamlText: directives, syntax and characters', () => {
  it('points a %YAML 1.1 directive at its own line, in any document', () => {
    expect(located('%YAML 1.1\n---\nstatus: no\n')).toEqual([
      '1:1 yaml/unsupported %YAML 1.1 directive: claims files are YAML 1.2; remove the directive',
    ]);
    expect(located('a: 1\n...\n%YAML 1.1\n---\nb: 2\n')).toEqual([
      '3:1 yaml/unsupported %YAML 1.1 directive: claims files are YAML 1.2; remove the directive',
    ]);
    expect(parseYamlText('%YAML 1.2\n---\nstatus: no\n').problems).toEqual([]);
  });

  it('points an unclosed quote at where the quoted text opens, not at the end of the file', () => {
    expect(located('id: a\nname: "Jane Doe\ndescription: x\n')).toEqual(['2:7 yaml/syntax quoted text is never closed: add the closing "']);
    expect(located("id: a\nname: 'Jane Doe\n")).toEqual(["2:7 yaml/syntax quoted text is never closed: add the closing '"]);
  });

  it('says one thing once when the parser repeats itself', () => {
    expect(located(`a: ${'['.repeat(10)}\n`)).toHaveLength(1);
  });

  it('reports raw control and bidi characters at their position, and escaped ones at their value', () => {
    expect(located('a: x\nname: Jane \u001b[2J\n')).toEqual([
      '2:12 yaml/encoding control character (U+001B) is not allowed in a claims file',
    ]);
    expect(located('name: Jane \u202eeoD\n')).toEqual([
      '1:12 yaml/encoding bidirectional control character (U+202E) is not allowed in a claims file',
    ]);
    expect(located('name: "Jane \\u202eeoD"\n')).toEqual([
      '1:7 yaml/encoding bidirectional control character (U+202E) is not allowed in a value',
    ]);
    expect(located('a: "\\0"\n')).toEqual(['1:4 yaml/encoding NUL character (U+0000) is not allowed in a value']);
  });

  it('keeps tabs as separators and CRLF line ends', () => {
    const { documents, problems } = parseYamlText('a:\tx\r\nb: "y"\r\n');
    expect(problems).toEqual([]);
    expect(documents[0]?.value).toEqual({ a: 'x', b: 'y' });
  });
});

describe('parseYamlText: documents', () => {
  it('loses only the broken document of a stream, not its neighbours', () => {
    const { documents, problems } = parseYamlText('id: a\n---\nid: b\nid: c\n---\nid: "d\u0007"\n---\nid: e\n');
    expect(documents.map((document) => document.value)).toEqual([{ id: 'a' }, undefined, undefined, { id: 'e' }]);
    expect(problems.map((problem) => problem.ruleId)).toEqual(['yaml/encoding', 'yaml/duplicate-key']);
  });

  it('gives each document the offsets of its content', () => {
    const text = '# c\na: 1\n---\nb: 2\n---\nc: 3\n';
    const { documents } = parseYamlText(text);
    expect(documents.map((document) => text.slice(document.start, document.start + 4))).toEqual(['a: 1', 'b: 2', 'c: 3']);
  });

  it('reads an empty file and a comment-only file as no documents with a value', () => {
    expect(parseYamlText('').documents.every((document) => document.value === undefined || document.value === null)).toBe(true);
    expect(parseYamlText('# nothing\n').documents.every((document) => document.value === undefined || document.value === null)).toBe(true);
    expect(parseYamlText('# nothing\n').problems).toEqual([]);
  });
});
