import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyValueEdits, EditConflict } from '../../src/author/yaml-edits.js';

const FILE = `# a comment that must survive
apiVersion: claims/v1
kind: Claim
id: one
anchor:
  exact: >-
    folded text
    over two lines   # not a comment: part of the text
  # a comment between keys
statement: "kept as it is"
---
apiVersion: claims/v1
kind: Claim
id: two
anchor: { exact: flow }
`;

const values = (text: string) => parseAllDocuments(text).map((doc) => (doc as { toJS(): unknown }).toJS());

describe('applyValueEdits', () => {
  it('replaces a value where it stands and keeps every other byte', () => {
    const next = applyValueEdits(FILE, [
      {
        docIndex: 0,
        path: ['anchor', 'exact'],
        expected: 'folded text over two lines   # not a comment: part of the text',
        value: 'new text',
      },
    ]);
    expect(next).toBe(FILE.replace('>-\n    folded text\n    over two lines   # not a comment: part of the text', 'new text'));
  });

  it('quotes what would not read back plain, on one line, and the value reads back exactly', () => {
    for (const value of ['a: b', '#x', 'true', ' leading', 'line\nbreak', 'quote " and \\ backslash', '😊 “curly”', '- dash', '']) {
      const next = applyValueEdits(FILE, [{ docIndex: 1, path: ['id'], expected: 'two', value }]);
      expect(next.split('\n')).toHaveLength(FILE.split('\n').length);
      expect((values(next)[1] as { id: string }).id).toBe(value);
    }
  });

  it('adds a missing key to a block mapping, indented like its siblings, after any comment line', () => {
    const next = applyValueEdits(FILE, [{ docIndex: 0, path: ['anchor', 'prefix'], expected: undefined, value: 'before: it' }]);
    expect((values(next)[0] as { anchor: unknown }).anchor).toEqual({
      exact: 'folded text over two lines   # not a comment: part of the text',
      prefix: 'before: it',
    });
    expect(next).toContain('# a comment that must survive\n');
    expect(next).toContain('  # a comment between keys\n');
  });

  it('refuses an edit planned from a value the file no longer holds, or a key it cannot add', () => {
    expect(() => applyValueEdits(FILE, [{ docIndex: 0, path: ['id'], expected: 'other', value: 'x' }])).toThrow(EditConflict);
    expect(() => applyValueEdits(FILE, [{ docIndex: 1, path: ['anchor', 'prefix'], expected: undefined, value: 'x' }])).toThrow(
      EditConflict,
    );
    expect(() => applyValueEdits(FILE, [{ docIndex: 5, path: ['id'], expected: 'x', value: 'y' }])).toThrow(EditConflict);
  });
});

describe('applyValueEdits: appending an item to a list', () => {
  const CLAIMS = `apiVersion: claims/v1
kind: Claim
id: one
evidence:   # the list
    - ref: first
      relation: supports   # why
# a comment after the list
tags: [a]
---
apiVersion: claims/v1
kind: Claim
id: two
evidence: []
---
apiVersion: claims/v1
kind: Claim
id: three
tags:
  - b
`;
  const link = { ref: 'new-one', relation: 'context' };

  it('appends to a block sequence after its last item, dash in the same column, every other byte kept', () => {
    const next = applyValueEdits(CLAIMS, [{ docIndex: 0, path: ['evidence'], expectedLength: 1, item: link }]);
    expect(next).toBe(
      CLAIMS.replace('relation: supports   # why\n', 'relation: supports   # why\n    - ref: new-one\n      relation: context\n'),
    );
    expect((values(next)[0] as { evidence: unknown }).evidence).toEqual([{ ref: 'first', relation: 'supports' }, link]);
  });

  it('appends to a flow sequence, and adds a missing key with a one-item list after a block value', () => {
    const next = applyValueEdits(CLAIMS, [
      { docIndex: 1, path: ['evidence'], expectedLength: 0, item: link },
      { docIndex: 2, path: ['evidence'], expectedLength: 0, item: { ref: 'x: y', relation: 'supports' } },
    ]);
    expect(next).toContain('evidence: [{ ref: "new-one", relation: "context" }]\n');
    expect(next.endsWith('tags:\n  - b\nevidence:\n  - ref: "x: y"\n    relation: supports\n')).toBe(true);
    const read = values(next) as { evidence: unknown; tags?: unknown }[];
    expect(read[1]!.evidence).toEqual([link]);
    expect(read[2]).toMatchObject({ tags: ['b'], evidence: [{ ref: 'x: y', relation: 'supports' }] });
  });

  it('keeps CRLF line breaks', () => {
    const crlf = CLAIMS.replace(/\n/g, '\r\n');
    const next = applyValueEdits(crlf, [{ docIndex: 0, path: ['evidence'], expectedLength: 1, item: link }]);
    expect(next.replace(/\r\n/g, '')).not.toContain('\n');
    expect((values(next)[0] as { evidence: unknown[] }).evidence).toHaveLength(2);
  });

  it('refuses when the list changed since it was planned, or is not a list', () => {
    expect(() => applyValueEdits(CLAIMS, [{ docIndex: 0, path: ['evidence'], expectedLength: 2, item: link }])).toThrow(EditConflict);
    expect(() => applyValueEdits(CLAIMS, [{ docIndex: 0, path: ['id'], expectedLength: 0, item: link }])).toThrow(EditConflict);
    expect(() => applyValueEdits(CLAIMS, [{ docIndex: 2, path: ['evidence'], expectedLength: 1, item: link }])).toThrow(EditConflict);
  });
});
