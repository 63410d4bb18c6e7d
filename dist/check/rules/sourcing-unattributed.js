import { defineRule } from '../rule.js';
import { hasSupportingEvidence } from '../sourcing.js';
/** Types that assert something about the world and so need a source; background and speculation are exempt. */
const NEEDS_SOURCE = new Set(['fact', 'characterisation', 'analysis']);
export const sourcingUnattributed = defineRule({
    id: 'sourcing/unattributed',
    severity: 'warning',
    summary: 'A fact, characterisation or analysis that the story asserts in its own voice, with no attribution and no evidence.',
    stage: 'verify',
    // `attribution` only for whether it is empty.
    reads: { records: { Claim: ['type', 'attribution', 'evidence[].relation'] } },
    messages: { unattributed: '{{type}} "{{claim}}" is the story\'s own assertion with no attribution and no supporting evidence' },
    check({ workspace, report }) {
        for (const claim of workspace.valid('Claim')) {
            const { type, attribution } = claim.value;
            if (!NEEDS_SOURCE.has(type) || attribution.length > 0 || hasSupportingEvidence(claim.value))
                continue;
            report(claim, ['attribution'], 'unattributed', { type, claim: claim.value.id }, { part: 'key' });
        }
    },
});
