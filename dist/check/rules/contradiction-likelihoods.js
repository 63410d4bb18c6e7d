import { likelihoodInfo } from '../../model/scales.js';
import { defineRule } from '../rule.js';
import { contradictingPairs } from './contradiction-pairs.js';
export const contradictionLikelihoods = defineRule({
    id: 'contradiction/likelihoods',
    severity: 'warning',
    summary: 'Two claims that contradict each other are rated so likely that both cannot be true: their lower bounds add up to more than 100 %.',
    stage: 'verify',
    reads: { records: { Claim: ['contradicts', 'confidence.likelihood'] } },
    messages: {
        bothLikely: '"{{claim}}" ({{likelihood}}, at least {{lower}} %) and "{{other}}" ({{otherLikelihood}}, at least {{otherLower}} %) contradict each other, but their likelihoods add up to at least {{sum}} %; lower one of them',
    },
    check({ workspace, report }) {
        for (const { claim, other, index } of contradictingPairs(workspace)) {
            const likelihood = claim.value.confidence.likelihood;
            const otherLikelihood = other.value.confidence.likelihood;
            const [lower] = likelihoodInfo(likelihood).range;
            const [otherLower] = likelihoodInfo(otherLikelihood).range;
            if (lower + otherLower <= 100)
                continue;
            const sum = lower + otherLower;
            report(claim, ['contradicts', index], 'bothLikely', {
                claim: claim.value.id,
                likelihood,
                lower,
                other: other.value.id,
                otherLikelihood,
                otherLower,
                sum,
            });
        }
    },
});
