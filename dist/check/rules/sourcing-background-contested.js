import { compareText } from '../../model/diagnostic.js';
import { likelihoodRank } from '../../model/scales.js';
import { defineRule } from '../rule.js';
import { contradictingPairs } from './contradiction-pairs.js';
/** Background is exempt from sourcing only while it is taken as settled: rated at least this likely. */
const LEAST_LIKELY_BACKGROUND = likelihoodRank('likely');
export const sourcingBackgroundContested = defineRule({
    id: 'sourcing/background-contested',
    severity: 'warning',
    summary: 'A claim typed background, and so exempt from the sourcing rules, that is in a contradiction with another claim or rated below likely.',
    stage: 'verify',
    reads: { records: { Claim: ['type', 'contradicts', 'confidence.likelihood'] } },
    messages: {
        contradicted: 'background "{{claim}}" is contradicted by {{others}}; contested background is not common knowledge and needs sourcing like any fact',
        belowLikely: 'background "{{claim}}" is rated {{likelihood}}, below likely; doubtful background is not common knowledge and needs sourcing like any fact',
        contradictedAndBelowLikely: 'background "{{claim}}" is contradicted by {{others}} and rated {{likelihood}}, below likely; contested, doubtful background needs sourcing like any fact',
    },
    check({ workspace, report }) {
        // Every valid claim each valid claim is in a contradiction with, whichever side lists the other.
        const partners = new Map();
        const link = (id, other) => {
            let set = partners.get(id);
            if (!set)
                partners.set(id, (set = new Set()));
            set.add(other);
        };
        for (const { claim, other } of contradictingPairs(workspace)) {
            link(claim.value.id, other);
            link(other.value.id, claim);
        }
        for (const claim of workspace.valid('Claim')) {
            if (claim.value.type !== 'background')
                continue;
            const contradicted = [...(partners.get(claim.value.id) ?? [])].sort((a, b) => compareText(a.value.id, b.value.id));
            const { likelihood } = claim.value.confidence;
            const belowLikely = likelihoodRank(likelihood) < LEAST_LIKELY_BACKGROUND;
            const others = contradicted.map((other) => `"${other.value.id}"`).join(', ');
            const data = { claim: claim.value.id };
            if (contradicted.length > 0 && belowLikely) {
                report(claim, ['type'], 'contradictedAndBelowLikely', { ...data, others, likelihood }, { related: contradicted });
            }
            else if (contradicted.length > 0) {
                report(claim, ['type'], 'contradicted', { ...data, others }, { related: contradicted });
            }
            else if (belowLikely) {
                report(claim, ['type'], 'belowLikely', { ...data, likelihood });
            }
        }
    },
});
