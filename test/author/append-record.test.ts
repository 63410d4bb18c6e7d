import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { AppendError, appendDocument, appendRecords, recordText } from '../../src/author/append-record.js';

const RECORD = { apiVersion: 'claims/v1', kind: 'Source', id: 'x', type: 'person', name: 'X', description: 'X' };
const DOC = 'a: 1\n';

function values(text: string): unknown[] {
  return parseAllDocuments(text)
    .map((document) => document.toJS() as unknown)
    .filter((value) => value !== null);
}

describe('appendDocument: one more YAML document, everything before it kept byte for byte', () => {
  it.each([
    ['a new file', undefined, 'a: 1\n'],
    ['an empty file', '', 'a: 1\n'],
    ['a file of blank lines', '\n\n', '\n\na: 1\n'],
    ['a file ending with a line break', 'b: 2\n', 'b: 2\n---\na: 1\n'],
    ['a file without a final line break', 'b: 2', 'b: 2\n---\na: 1\n'],
    ['a file that starts with ---', '---\nb: 2\n', '---\nb: 2\n---\na: 1\n'],
    ['a file ending with an open ---', 'b: 2\n---\n', 'b: 2\n---\na: 1\n'],
    ['a file ending with an open --- and a comment', 'b: 2\n--- # next\n# more\n', 'b: 2\n--- # next\n# more\na: 1\n'],
    ['a file of comments only', '# header\n', '# header\na: 1\n'],
    ['a file with a trailing comment', 'b: 2\n# the end', 'b: 2\n# the end\n---\na: 1\n'],
    ['a CRLF file', 'b: 2\r\nc: 3\r\n', 'b: 2\r\nc: 3\r\n---\r\na: 1\r\n'],
  ])('%s', (_name, existing, expected) => {
    const next = appendDocument(existing, DOC);
    expect(next).toBe(expected);
    expect(next.startsWith(existing ?? '')).toBe(true);
  });

  it('a block scalar whose last lines look like comments is not taken for an open document', () => {
    const existing = '---\nnote: |\n  # not a comment\n';
    const next = appendDocument(existing, DOC);
    expect(values(next)).toEqual([{ note: '# not a comment\n' }, { a: 1 }]);
  });
});

describe('appendRecords', () => {
  it('keeps every earlier record and comment, and the new record reads back as given', () => {
    const existing = '# yaml-language-server: $schema=x\n# Sources.\n---\nid: first # trailing comment\n';
    const next = appendRecords(existing, [RECORD]);
    expect(next.startsWith(existing)).toBe(true);
    expect(values(next)).toEqual([{ id: 'first' }, RECORD]);
  });

  it('refuses a file that does not parse, and text the loader would refuse', () => {
    expect(() => appendRecords('a: "open\n', [RECORD])).toThrow(AppendError);
    expect(() => appendRecords(undefined, [{ ...RECORD, name: 'evil \u202e text' }])).toThrow(/bidirectional control character/);
    expect(() => appendRecords(undefined, [{ ...RECORD, anonymity: { reason: 'bell \u0007' } }])).toThrow(
      /anonymity\/reason holds a control/,
    );
  });

  it('appends several records after one separator each, in order, CRLF kept, and nothing for none', () => {
    const existing = 'id: first\r\n';
    const next = appendRecords(existing, [RECORD, { ...RECORD, id: 'second' }]);
    expect(next.startsWith(existing)).toBe(true);
    expect(next.split('\r\n---\r\n')).toHaveLength(3);
    expect(next.replace(/\r\n/g, '')).not.toContain('\n');
    expect(values(next)).toEqual([{ id: 'first' }, RECORD, { ...RECORD, id: 'second' }]);
    expect(appendRecords(existing, [])).toBe(existing);
  });

  it('writes hostile text so that it reads back the same', () => {
    const hostile = 'He said: "no" # not\n\'really\' 🎉 ---\n- x: y\t{[&*!|>%@`]} ## ::warning::';
    const record = { ...RECORD, name: hostile, description: ' leading and trailing ', sameAs: ['yes', 'null', '1.0', '2024-01-01'] };
    const text = recordText(record);
    expect(values(text)).toEqual([record]);
    expect(values(appendRecords('id: first', [record]))).toEqual([{ id: 'first' }, record]);
  });
});
