import { likelihoodRank } from '../../model/scales.js';
import { defineRule } from '../rule.js';
import { mergeFields } from '../../model/fields.js';
import { hasPrimaryEvidence, independentOrigins, ORIGIN_READS } from '../sourcing.js';
import { findHedge } from '../hedges.js';
export const confidenceOverstated = defineRule({
    id: 'confidence/overstated',
    severity: 'error',
    summary: 'Credibility 1 without two independent origins or primary evidence, or a hedged claim rated very likely or above.',
    stage: 'verify',
    reads: {
        records: mergeFields([ORIGIN_READS, { Claim: ['type', 'story', 'anchor', 'confidence.credibility', 'confidence.likelihood'] }]),
        files: ['story-text'],
    },
    messages: {
        credibilityUnsupported: 'credibility 1 (confirmed) needs {{required}} independent origins or primary evidence the desk holds; this claim has {{origins}} origin(s) and none',
        hedged: 'the story hedges this claim ("{{hedge}}"), so {{likelihood}} overstates it; at most {{maxLikelihood}} unless other sourcing is recorded',
    },
    check({ workspace, thresholds, verify, report }) {
        for (const claim of workspace.valid('Claim')) {
            const { confidence } = claim.value;
            const origins = independentOrigins(workspace, claim.value).length;
            const wellSourced = origins >= thresholds.independentOrigins || hasPrimaryEvidence(workspace, claim.value);
            if (confidence.credibility === 1 && !wellSourced) {
                report(claim, ['confidence', 'credibility'], 'credibilityUnsupported', { required: thresholds.independentOrigins, origins });
            }
            // An attributed statement records that someone said something; a hedge in their words belongs to the claim derived from it.
            if (claim.value.type === 'attributed-statement' || wellSourced)
                continue;
            if (likelihoodRank(confidence.likelihood) <= likelihoodRank(thresholds.hedgedMaxLikelihood))
                continue;
            const hedge = findHedge(verify.anchoredText(claim), thresholds.hedges);
            if (!hedge)
                continue;
            report(claim, ['confidence', 'likelihood'], 'hedged', {
                hedge,
                likelihood: confidence.likelihood,
                maxLikelihood: thresholds.hedgedMaxLikelihood,
            });
        }
    },
});
