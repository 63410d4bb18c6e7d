import { OPEN_STATUSES } from '../../model/scales.js';
import { defineRule } from '../rule.js';
import { contradictingPairs } from './contradiction-pairs.js';
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
        for (const { claim, other, index } of contradictingPairs(workspace)) {
            const status = claim.value.status;
            const otherStatus = other.value.status;
            const data = { claim: claim.value.id, other: other.value.id };
            if (status === 'verified' && otherStatus === 'verified') {
                report(claim, ['contradicts', index], 'bothVerified', data, { severity: 'error' });
            }
            else if (OPEN_STATUSES.includes(status) && OPEN_STATUSES.includes(otherStatus)) {
                report(claim, ['contradicts', index], 'bothOpen', { ...data, status, otherStatus });
            }
        }
    },
});
