import { describe, expect, it } from 'vitest';
import type { Part } from '../../src/model/diagnostic.js';
import { joinPointer, pointerSegments } from '../../src/model/pointer.js';
import { YamlLocator } from '../../src/load/locate.js';
import { TextIndex } from '../../src/load/text-index.js';

/** The located span as `line:col-endLine:endCol "covered text"`. */
function span(text: string, docIndex: number, pointer: string, part: Part): string {
  const { start, end } = new YamlLocator(text).locate(docIndex, pointer, part);
  const index = new TextIndex(text);
  const from = index.positionAt(start);
  const to = index.positionAt(end);
  return `${from.line}:${from.column}-${to.line}:${to.column} ${JSON.stringify(text.slice(start, end))}`;
}

const CLAIM = `# A claim.
id: bridge-will-close
status: done
anchor:
  prefix: The
attribution:
  - source: the-mayor
    relation: said
    via: [city-hall, local-paper]
review:
tags: [a, b]
`;

describe('pointerSegments and joinPointer', () => {
  it('escape and unescape "~" and "/" as RFC 6901 says', () => {
    expect(joinPointer(['rules', 'ref/cycle', 'a~b', 0])).toBe('/rules/ref~1cycle/a~0b/0');
    expect(pointerSegments('/rules/ref~1cycle/a~0b/0')).toEqual(['rules', 'ref/cycle', 'a~b', '0']);
    expect(pointerSegments('')).toEqual([]);
    expect(pointerSegments('/a~01')).toEqual(['a~1']);
  });
});

describe('YamlLocator', () => {
  it('finds a value, or its key', () => {
    expect(span(CLAIM, 0, '/status', 'value')).toBe('3:9-3:13 "done"');
    expect(span(CLAIM, 0, '/status', 'key')).toBe('3:1-3:7 "status"');
  });

  it('walks into sequences, block and flow', () => {
    expect(span(CLAIM, 0, '/attribution/0/source', 'value')).toBe('7:13-7:22 "the-mayor"');
    expect(span(CLAIM, 0, '/attribution/0/via/1', 'value')).toBe('9:22-9:33 "local-paper"');
    expect(span(CLAIM, 0, '/tags/1', 'value')).toBe('11:11-11:12 "b"');
  });

  it('points a missing field at the deepest key that exists', () => {
    expect(span(CLAIM, 0, '/anchor/exact', 'key')).toBe('4:1-4:7 "anchor"');
    expect(span(CLAIM, 0, '/attribution/0/quote', 'key')).toBe('7:5-7:11 "source"');
    expect(span(CLAIM, 0, '/attribution/5/source', 'key')).toBe('6:1-6:12 "attribution"');
  });

  it("points a field missing from the record at the record's first key, after any comment", () => {
    expect(span(CLAIM, 0, '', 'key')).toBe('2:1-2:3 "id"');
    expect(span(CLAIM, 0, '/confidence/rationale', 'key')).toBe('2:1-2:3 "id"');
  });

  it('points at the key when the value is empty', () => {
    expect(span(CLAIM, 0, '/review', 'value')).toBe('10:1-10:7 "review"');
    expect(span(CLAIM, 0, '/review/date', 'key')).toBe('10:1-10:7 "review"');
  });

  it('shows a whole collection by its first line only', () => {
    expect(span(CLAIM, 0, '/attribution', 'value')).toBe('7:3-7:22 "- source: the-mayor"');
    expect(span(CLAIM, 0, '/anchor', 'value')).toBe('5:3-5:14 "prefix: The"');
    expect(span(CLAIM, 0, '/tags', 'value')).toBe('11:7-11:13 "[a, b]"');
    expect(span(CLAIM, 0, '/attribution/0', 'key')).toBe('7:5-7:11 "source"');
  });

  it('locates in the second and third documents of a stream', () => {
    const text = 'id: one\n---\n# two\nid: two\nstatus: x\n---\nid: three\nlist:\n  - a\n  - b\n';
    expect(span(text, 1, '/status', 'value')).toBe('5:9-5:10 "x"');
    expect(span(text, 1, '', 'key')).toBe('4:1-4:3 "id"');
    expect(span(text, 2, '/list/1', 'value')).toBe('10:5-10:6 "b"');
    expect(span(text, 2, '/list', 'value')).toBe('9:3-9:6 "- a"');
  });

  it('keeps carriage returns out of spans in CRLF files', () => {
    const text = 'id: a\r\nstatus: done\r\nlist:\r\n  - a\r\n  - b\r\n';
    expect(span(text, 0, '/status', 'value')).toBe('2:9-2:13 "done"');
    expect(span(text, 0, '/list', 'value')).toBe('4:3-4:6 "- a"');
  });

  it('finds keys that need pointer escaping', () => {
    expect(span('rules:\n  ref/cycle: loud\n', 0, joinPointer(['rules', 'ref/cycle']), 'value')).toBe('2:14-2:18 "loud"');
  });

  it('gives an empty span at the start for a document that does not exist', () => {
    expect(new YamlLocator('id: a\n').locate(3, '/id', 'value')).toEqual({ start: 0, end: 0 });
  });
});
