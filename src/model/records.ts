import type { Claim, Config, Evidence, InlineEvidence, Source, Story } from './records.generated.js';

export type { Claim, Config, Evidence, InlineEvidence, Source, Story } from './records.generated.js';

export type Attribution = Claim['attribution'][number];
/** One entry of a claim's evidence list: inline, or `{ref, relation}` naming an Evidence record. */
export type EvidenceEntry = NonNullable<Claim['evidence']>[number];
export type EvidenceReference = Exclude<EvidenceEntry, InlineEvidence>;
export type EvidenceRelation = EvidenceEntry['relation'];
export type Custody = Evidence['custody'];
/** One relay of an attribution chain: a Source id, or `{source, certainty}`. */
export type ViaLink = NonNullable<Attribution['via']>[number];
/** One entry of a claim's `contradicts`: a Claim id, or `{claim, kind, note}`. */
export type ContradictsEntry = NonNullable<Claim['contradicts']>[number];
export type Subject = NonNullable<Story['subjects']>[number];
export type Confidence = Claim['confidence'];
export type Likelihood = Confidence['likelihood'];
export type Status = Claim['status'];
export type ClaimType = Claim['type'];
export type Review = NonNullable<Claim['review']>;
export type Thresholds = NonNullable<Config['thresholds']>;

export const RECORD_KINDS = ['Story', 'Source', 'Claim', 'Evidence'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface RecordOfKind {
  Story: Story;
  Source: Source;
  Claim: Claim;
  Evidence: Evidence;
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
