import type { FieldsByKind } from '../model/fields.js';
import type { Claim, Custody, Evidence, EvidenceRelation, InlineEvidence, LoadedRecord } from '../model/records.js';
import type { Workspace } from '../load/workspace.js';

/** One entry of a claim's evidence list, with a referenced Evidence record resolved. */
export interface ClaimEvidence {
  /** Index of the entry in the claim's `evidence` list. */
  index: number;
  relation: EvidenceRelation;
  /** The Evidence record the entry names by `ref`; absent for inline evidence. */
  record?: LoadedRecord<'Evidence'>;
  /** The evidence's own fields: the record's, or the inline entry's. */
  item: Evidence | InlineEvidence;
  custody: Custody;
  /** How a referenced Evidence record bears on this claim: the reference's own note. */
  note?: string | undefined;
}

/** What reading a claim's evidence through `evidenceOf` takes: rules that call it declare these. */
export const EVIDENCE_READS = {
  Claim: ['evidence'],
  Evidence: ['type', 'title', 'url', 'archive', 'sha256', 'retrieved', 'origin', 'custody'],
} as const satisfies FieldsByKind;

/**
 * The custody an item states, or, where inline evidence predates custody, what its fields imply: a
 * preserved copy is held; anything else the desk only knows of.
 */
export function custodyOf(item: Evidence | InlineEvidence): Custody {
  return item.custody ?? (item.archive !== undefined ? 'held' : 'cited');
}

/**
 * A claim's evidence, in list order, references resolved. A reference to no valid Evidence record is
 * left out: ref/unresolved or schema reports it, and nothing can be judged from it.
 */
export function evidenceOf(workspace: Workspace, claim: Claim): ClaimEvidence[] {
  const entries: ClaimEvidence[] = [];
  for (const [index, entry] of (claim.evidence ?? []).entries()) {
    if ('ref' in entry) {
      const record = workspace.evidence.get(entry.ref);
      if (!record?.valid) continue;
      entries.push({ index, relation: entry.relation, record, item: record.value, custody: custodyOf(record.value), note: entry.note });
    } else {
      entries.push({ index, relation: entry.relation, item: entry, custody: custodyOf(entry) });
    }
  }
  return entries;
}
