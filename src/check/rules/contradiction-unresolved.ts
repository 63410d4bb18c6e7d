import { joinPointer } from '../../load/locate.js';
import { OPEN_STATUSES } from '../../model/scales.js';
import { defineRule } from '../rule.js';

export const contradictionUnresolved = defineRule({
  id: 'contradiction/unresolved',
  severity: 'warning',
  summary: 'Two claims that contradict each other are both verified (an error) or both still open (a warning).',
  stage: 'verify',
  check({ workspace, report }) {
    const reported = new Set<string>();
    for (const claim of workspace.valid('Claim')) {
      (claim.value.contradicts ?? []).forEach((otherId, index) => {
        const other = workspace.claims.get(otherId);
        if (!other?.valid || other === claim) return;
        const pair = [claim.value.id, otherId].sort().join('\u0000');
        if (reported.has(pair)) return;
        reported.add(pair);
        const a = claim.value.status;
        const b = other.value.status;
        const bothVerified = a === 'verified' && b === 'verified';
        const bothOpen = OPEN_STATUSES.includes(a) && OPEN_STATUSES.includes(b);
        if (!bothVerified && !bothOpen) return;
        report({
          record: claim,
          severity: bothVerified ? 'error' : 'warning',
          message: bothVerified
            ? `"${claim.value.id}" and "${otherId}" contradict each other but are both verified; at most one can stand`
            : `"${claim.value.id}" and "${otherId}" contradict each other and neither is resolved (${a}, ${b})`,
          place: { file: claim.file, docIndex: claim.docIndex, pointer: joinPointer(['contradicts', index]), part: 'value' },
        });
      });
    }
  },
});
