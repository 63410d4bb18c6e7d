import { joinPointer } from '../../load/locate.js';
import type { LoadedRecord } from '../../model/records.js';
import type { VerifyRuleContext } from '../rule.js';
import type { EvidenceState } from '../verify-context.js';

/** Each archived evidence item with its read state, for the three evidence rules. */
export function* archivedEvidence(context: VerifyRuleContext): Generator<{
  claim: LoadedRecord<'Claim'>;
  index: number;
  state: EvidenceState;
  place: (field: string) => { file: string; docIndex: number; pointer: string; part: 'value' };
}> {
  for (const [claim, states] of context.verify.evidence) {
    for (const [index, state] of states) {
      yield {
        claim,
        index,
        state,
        place: (field) => ({ file: claim.file, docIndex: claim.docIndex, pointer: joinPointer(['evidence', index, field]), part: 'value' }),
      };
    }
  }
}
