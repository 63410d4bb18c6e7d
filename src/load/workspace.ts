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
}
