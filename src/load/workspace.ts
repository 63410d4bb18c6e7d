import type { LoadedRecord, RecordKind } from '../model/records.js';

/** Every loaded record, indexed by kind and id. The first record of an id (in file order) wins. */
export class Workspace {
  readonly stories = new Map<string, LoadedRecord<'Story'>>();
  readonly sources = new Map<string, LoadedRecord<'Source'>>();
  readonly claims = new Map<string, LoadedRecord<'Claim'>>();
  private readonly claimsByStory = new Map<string, LoadedRecord<'Claim'>[]>();
  private readonly validByKind = new Map<RecordKind, readonly LoadedRecord[]>();

  constructor(
    readonly root: string,
    /** Every file checked, repository-relative, sorted. */
    readonly files: readonly string[],
    readonly records: readonly LoadedRecord[],
  ) {
    for (const record of records) {
      if (record.id === undefined) continue;
      const index = this.index(record.kind) as Map<string, LoadedRecord>;
      if (!index.has(record.id)) index.set(record.id, record);
    }
    for (const claim of this.claims.values()) {
      const story = claim.value.story;
      if (typeof story !== 'string') continue;
      const list = this.claimsByStory.get(story) ?? [];
      list.push(claim);
      this.claimsByStory.set(story, list);
    }
  }

  index(kind: RecordKind): Map<string, LoadedRecord> {
    return (kind === 'Story' ? this.stories : kind === 'Source' ? this.sources : this.claims) as Map<string, LoadedRecord>;
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
