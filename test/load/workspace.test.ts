import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/load/workspace.js';
import type { LoadedRecord, RecordKind } from '../../src/model/records.js';

const record = (kind: RecordKind, id: string, value: Record<string, unknown>, valid = true) =>
  ({ kind, id, file: `${id}.yaml`, docIndex: 0, valid, value: { id, ...value } }) as unknown as LoadedRecord;

describe('Workspace.byStory', () => {
  const records = [
    record('Story', 'a', {}),
    record('Claim', 'a-1', { story: 'a' }),
    record('Source', 'src', {}),
    record('Claim', 'orphan', { story: 'no-such-story' }),
    record('Claim', 'a-2', { story: 'a' }),
    record('Claim', 'broken', { story: 'a' }, false),
    record('Story', 'b', {}),
  ];
  const workspace = new Workspace('/nowhere', [], records);
  const scopes = workspace.byStory();

  it('gives each story its valid claims, in file order, and a story id no record has its claims too', () => {
    expect([...scopes.keys()]).toEqual(['a', 'no-such-story', 'b']);
    const ids = (kind: 'Story' | 'Claim', storyId: string) =>
      scopes
        .get(storyId)!
        .workspace.valid(kind)
        .map((r) => r.id);
    expect(ids('Claim', 'a')).toEqual(['a-1', 'a-2']);
    expect(ids('Story', 'a')).toEqual(['a']);
    expect(ids('Claim', 'no-such-story')).toEqual(['orphan']);
    expect(ids('Story', 'no-such-story')).toEqual([]);
    expect(ids('Claim', 'b')).toEqual([]);
    expect(scopes.get('a')!.records.map((r) => r.id)).toEqual(['a', 'a-1', 'a-2']);
  });

  it('reaches every record by id, and refuses to list what is not one story’s', () => {
    const scope = scopes.get('b')!.workspace;
    expect(scope.claims.get('a-1')?.id).toBe('a-1');
    expect(scope.claimsOf('a').map((r) => r.id)).toEqual(['a-1', 'a-2', 'broken']);
    expect(() => scope.valid('Source')).toThrow("valid('Source') is not one story's: a rule run a story at a time sees only story b");
    expect(() => scope.records).toThrow('workspace.records is not one story');
    // The whole workspace is untouched.
    expect(workspace.valid('Claim').map((r) => r.id)).toEqual(['a-1', 'orphan', 'a-2']);
  });
});
