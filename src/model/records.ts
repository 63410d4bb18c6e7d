import type { Claim, Config, Source, Story } from './records.generated.js';

export type { Claim, Config, Source, Story } from './records.generated.js';

export type Attribution = Claim['attribution'][number];
export type Evidence = NonNullable<Claim['evidence']>[number];
export type Confidence = Claim['confidence'];
export type Likelihood = Confidence['likelihood'];
export type Status = Claim['status'];
export type ClaimType = Claim['type'];
export type Review = NonNullable<Claim['review']>;
export type Thresholds = NonNullable<Config['thresholds']>;

export const RECORD_KINDS = ['Story', 'Source', 'Claim'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface RecordOfKind {
  Story: Story;
  Source: Source;
  Claim: Claim;
}

/** A record as loaded: its plain value plus where it came from. */
export interface LoadedRecord<K extends RecordKind = RecordKind> {
  kind: K;
  /** The record's id when it is a string, whether or not the record is valid. */
  id: string | undefined;
  value: RecordOfKind[K];
  /** Repository-relative POSIX path of the file. */
  file: string;
  /** Index of the YAML document in its file. */
  docIndex: number;
  /** Offsets of a slice of the file that parses alone to this record's document, when known: findings are located from it. */
  standalone?: { start: number; end: number };
  /** True when the record passed schema validation; only valid records feed the provenance checks. */
  valid: boolean;
}
