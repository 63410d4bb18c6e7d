import { defineRule } from '../rule.js';
import { restsOnlyOnAnonymous } from '../sourcing.js';
export const sourcingAnonymousOpinion = defineRule({
    id: 'sourcing/anonymous-opinion',
    severity: 'warning',
    summary: 'A characterisation or analysis resting only on anonymous sources: opinion behind anonymity.',
    stage: 'verify',
    reads: { records: { Claim: ['type', 'attribution[].source', 'evidence[].relation'], Source: ['name'] } },
    messages: {
        anonymousOpinion: '{{type}} "{{claim}}" rests only on anonymous sources ({{sources}}); newsroom standards keep opinion on the record',
    },
    check({ workspace, report }) {
        for (const claim of workspace.valid('Claim')) {
            const { type } = claim.value;
            if ((type !== 'characterisation' && type !== 'analysis') || !restsOnlyOnAnonymous(workspace, claim.value))
                continue;
            const sources = claim.value.attribution.map((attribution) => attribution.source).join(', ');
            report(claim, ['attribution'], 'anonymousOpinion', { type, claim: claim.value.id, sources }, { part: 'key' });
        }
    },
});
