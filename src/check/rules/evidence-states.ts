import type { Claim, Evidence, InlineEvidence, LoadedRecord } from '../../model/records.js';
import type { VerifyRuleContext } from '../rule.js';
import type { EvidenceState } from '../../load/named-files.js';

/** Each archived evidence item with its read state, for the three evidence rules. */
export function* archivedEvidence(context: VerifyRuleContext): Generator<{
  record: LoadedRecord<'Claim' | 'Evidence'>;
  state: EvidenceState;
  /** The sha256 the record gives for the archive (reads it: only a rule that declares `sha256` may call it). */
  recorded: () => string | undefined;
  /** The path to a field of this evidence item. */
  at: (field: string) => readonly (string | number)[];
}> {
  for (const { record, at, state } of context.verify.evidence) {
    // An Evidence record is the item itself; inline evidence sits at `evidence/<index>` of its claim.
    const recorded = () =>
      ((record.kind === 'Evidence' ? record.value : (record.value as Claim).evidence?.[at[1] as number]) as Evidence | InlineEvidence)
        .sha256;
    yield { record, state, recorded, at: (field) => [...at, field] };
  }
}
