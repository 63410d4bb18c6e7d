import { defineRule } from '../rule.js';
import { citesSupport } from '../sourcing.js';
/** Types that assert something about the world and so need a source; background and speculation are exempt. */
const NEEDS_SOURCE = new Set(['fact', 'characterisation', 'analysis']);
export const sourcingUnattributed = defineRule({
    id: 'sourcing/unattributed',
    severity: 'warning',
    summary: 'A fact or analysis (a warning) or characterisation (info) that the story asserts in its own voice, with no attribution and no evidence; or an attributed statement attributed to no one.',
    stage: 'verify',
    // `attribution` only for whether it is empty.
    reads: { records: { Claim: ['type', 'attribution', 'evidence[].relation'] } },
    messages: {
        unattributed: '{{type}} "{{claim}}" is the story\'s own assertion with no attribution and no supporting evidence',
        noSpeaker: 'attributed-statement "{{claim}}" names no one who said it: add the attribution, or type the claim by what the story does',
    },
    check({ workspace, report }) {
        for (const claim of workspace.valid('Claim')) {
            const { type, attribution } = claim.value;
            if (attribution.length > 0)
                continue;
            if (type === 'attributed-statement')
                report(claim, ['attribution'], 'noSpeaker', { claim: claim.value.id }, { part: 'key' });
            else if (NEEDS_SOURCE.has(type) && !citesSupport(claim.value))
                // A characterisation in the story's own voice is its judgement: an editor's call to weigh, not a fact to source.
                report(claim, ['attribution'], 'unattributed', { type, claim: claim.value.id }, { part: 'key', ...(type === 'characterisation' ? { severity: 'info' } : {}) });
        }
    },
});
