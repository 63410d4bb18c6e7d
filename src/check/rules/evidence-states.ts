import type { LoadedRecord } from '../../model/records.js';
import type { VerifyRuleContext } from '../rule.js';
import type { EvidenceState } from '../../load/named-files.js';

/** Each archived evidence item with its read state, for the three evidence rules. */
export function* archivedEvidence(context: VerifyRuleContext): Generator<{
  claim: LoadedRecord<'Claim'>;
  index: number;
  state: EvidenceState;
  /** The path to a field of this evidence item. */
  at: (field: string) => readonly (string | number)[];
}> {
  for (const [claim, states] of context.verify.evidence) {
    for (const [index, state] of states) {
      yield { claim, index, state, at: (field) => ['evidence', index, field] };
    }
  }
}
