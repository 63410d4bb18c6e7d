import { OPEN_STATUSES } from '../../model/scales.js';
import { defineRule } from '../rule.js';

export const contradictionUnresolved = defineRule({
  id: 'contradiction/unresolved',
  severity: 'warning',
  summary: 'Two claims that contradict each other are both verified (an error) or both still open (a warning).',
  stage: 'verify',
  reads: { records: { Claim: ['contradicts', 'status'] } },
  messages: {
    bothVerified: '"{{claim}}" and "{{other}}" contradict each other but are both verified; at most one can stand',
    bothOpen: '"{{claim}}" and "{{other}}" contradict each other and neither is resolved ({{status}}, {{otherStatus}})',
  },
  check({ workspace, report }) {
    const reported = new Set<string>();
    for (const claim of workspace.valid('Claim')) {
      (claim.value.contradicts ?? []).forEach((otherId, index) => {
        const other = workspace.claims.get(otherId);
        if (!other?.valid || other === claim) return;
        const pair = [claim.value.id, otherId].sort().join('\u0000');
        if (reported.has(pair)) return;
        reported.add(pair);
        const status = claim.value.status;
        const otherStatus = other.value.status;
        const at = ['contradicts', index];
        if (status === 'verified' && otherStatus === 'verified') {
          report(claim, at, 'bothVerified', { claim: claim.value.id, other: otherId }, { severity: 'error' });
        } else if (OPEN_STATUSES.includes(status) && OPEN_STATUSES.includes(otherStatus)) {
          report(claim, at, 'bothOpen', { claim: claim.value.id, other: otherId, status, otherStatus });
        }
      });
    }
  },
});
