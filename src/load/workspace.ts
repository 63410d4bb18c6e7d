import { groupBy } from '../model/group-by.js';
import type { LoadedRecord, RecordKind } from '../model/records.js';

/** Every loaded record, indexed by kind and id. The first record of an id (in file order) wins. */
export class Workspace {
  readonly stories = new Map<string, LoadedRecord<'Story'>>();
  readonly sources = new Map<string, LoadedRecord<'Source'>>();
  readonly claims = new Map<string, LoadedRecord<'Claim'>>();
  readonly evidence = new Map<string, LoadedRecord<'Evidence'>>();
  private readonly claimsByStory: Map<string, LoadedRecord<'Claim'>[]>;
  private readonly validByKind = new Map<RecordKind, readonly LoadedRecord[]>();

  constructor(
    readonly root: string,
    /** Every file checked, repository-relative, sorted. */
    readonly files: readonly string[],
    readonly records: readonly LoadedRecord[],
  ) {
    for (const record of records) {
      if (record.id === undefined) continue;
      const index: Map<string, LoadedRecord> = this.index(record.kind);
      if (!index.has(record.id)) index.set(record.id, record);
    }
    // An invalid claim's story may be anything; only a string names a story.
    const withStory = [...this.claims.values()].filter((claim) => typeof claim.value.story === 'string');
    this.claimsByStory = groupBy(withStory, (claim) => claim.value.story);
  }

  index<K extends RecordKind>(kind: K): Map<string, LoadedRecord<K>> {
    const byKind: { [Kind in RecordKind]: Map<string, LoadedRecord<Kind>> } = {
      Story: this.stories,
      Source: this.sources,
      Claim: this.claims,
      Evidence: this.evidence,
    };
    return byKind[kind];
  }

  /** Records of a kind, valid ones only, in file order; computed once, as most rules ask for them. */
  valid<K extends RecordKind>(kind: K): readonly LoadedRecord<K>[] {
    let valid = this.validByKind.get(kind);
    if (!valid) this.validByKind.set(kind, (valid = this.records.filter((record) => record.kind === kind && record.valid)));
    return valid as readonly LoadedRecord<K>[];
  }

  claimsOf(storyId: string): LoadedRecord<'Claim'>[] {
    return this.claimsByStory.get(storyId) ?? [];
  }

  /**
   * Per story id, this workspace as one story's rules see it: `valid('Story')` and `valid('Claim')` hold that story
   * and the valid claims that name it (a story id no record has included), lookups by id still reach every record,
   * and anything else that would list records of other stories throws. Keyed in file order of first appearance.
   */
  byStory(): Map<string, StoryScope> {
    const scopes = new Map<string, { stories: LoadedRecord<'Story'>[]; claims: LoadedRecord<'Claim'>[] }>();
    const scopeOf = (storyId: string) => {
      let scope = scopes.get(storyId);
      if (!scope) scopes.set(storyId, (scope = { stories: [], claims: [] }));
      return scope;
    };
    for (const record of this.records) {
      if (!record.valid) continue;
      if (record.kind === 'Story') scopeOf((record as LoadedRecord<'Story'>).value.id).stories.push(record as LoadedRecord<'Story'>);
      else if (record.kind === 'Claim') scopeOf((record as LoadedRecord<'Claim'>).value.story).claims.push(record as LoadedRecord<'Claim'>);
    }
    return new Map([...scopes].map(([storyId, { stories, claims }]) => [storyId, this.scope(storyId, stories, claims)]));
  }

  private scope(storyId: string, stories: LoadedRecord<'Story'>[], claims: LoadedRecord<'Claim'>[]): StoryScope {
    const outside = (what: string) => () => {
      throw new Error(`${what} is not one story's: a rule run a story at a time sees only story ${storyId} and its claims`);
    };
    // The indexes are this workspace's own, shared: a scope is a view of it, not a copy.
    const workspace = Object.create(this, {
      valid: {
        value: (kind: RecordKind) => (kind === 'Story' ? stories : kind === 'Claim' ? claims : outside(`valid('${kind}')`)()),
      },
      records: { get: outside('workspace.records') },
    }) as Workspace;
    return { records: [...stories, ...claims], workspace };
  }
}

/** One story's part of a workspace (Workspace.byStory). */
export interface StoryScope {
  /** The story's valid records and its valid claims. */
  records: readonly LoadedRecord[];
  workspace: Workspace;
}
