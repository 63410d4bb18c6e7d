import { OPEN_STATUSES } from '../../model/scales.js';
import { defineRule } from '../rule.js';
import { bothSides, contradictingPairs, TENSION } from './contradiction-pairs.js';
export const contradictionUnresolved = defineRule({
    id: 'contradiction/unresolved',
    severity: 'warning',
    summary: 'Two claims that contradict each other, or compete as explanations, are both verified (an error); two that contradict each other are both still open (a warning).',
    stage: 'verify',
    reads: { records: { Claim: ['contradicts', 'status'] } },
    messages: {
        bothVerified: '"{{claim}}" and "{{other}}" {{tension}} but are both verified; at most one can stand',
        bothOpen: '"{{claim}}" and "{{other}}" contradict each other and neither is resolved ({{status}}, {{otherStatus}})',
    },
    check({ workspace, report }) {
        for (const pair of contradictingPairs(workspace)) {
            const bothVerified = pair.claim.value.status === 'verified' && pair.other.value.status === 'verified';
            // Rival explanations left open are the state of the question, not a conflict in the record.
            const bothOpen = pair.kind === 'contradiction' && OPEN_STATUSES.includes(pair.claim.value.status) && OPEN_STATUSES.includes(pair.other.value.status);
            if (!bothVerified && !bothOpen)
                continue;
            for (const { record, at, self, partner } of bothSides(pair, ['status'])) {
                const data = { claim: self.value.id, other: partner.value.id };
                const related = [partner];
                if (bothVerified)
                    report(record, at, 'bothVerified', { ...data, tension: TENSION[pair.kind] }, { severity: 'error', related });
                else
                    report(record, at, 'bothOpen', { ...data, status: self.value.status, otherStatus: partner.value.status }, { related });
            }
        }
    },
});
