import { likelihoodInfo } from '../../model/scales.js';
import { defineRule } from '../rule.js';
import { bothSides, contradictingPairs, TENSION } from './contradiction-pairs.js';
export const contradictionLikelihoods = defineRule({
    id: 'contradiction/likelihoods',
    severity: 'warning',
    summary: 'Two claims that contradict each other, or compete as explanations, are rated so likely that both cannot be true: their lower bounds add up to more than 100 %.',
    stage: 'verify',
    reads: { records: { Claim: ['contradicts', 'confidence.likelihood'] } },
    messages: {
        bothLikely: '"{{claim}}" ({{likelihood}}, at least {{lower}} %) and "{{other}}" ({{otherLikelihood}}, at least {{otherLower}} %) {{tension}}, but their likelihoods add up to at least {{sum}} %; lower one of them',
    },
    check({ workspace, report }) {
        for (const pair of contradictingPairs(workspace)) {
            const [lower] = likelihoodInfo(pair.claim.value.confidence.likelihood).range;
            const [otherLower] = likelihoodInfo(pair.other.value.confidence.likelihood).range;
            if (lower + otherLower <= 100)
                continue;
            for (const { record, at, self, partner } of bothSides(pair, ['confidence', 'likelihood'])) {
                const [selfLower, partnerLower] = self === pair.claim ? [lower, otherLower] : [otherLower, lower];
                report(record, at, 'bothLikely', {
                    claim: self.value.id,
                    likelihood: self.value.confidence.likelihood,
                    lower: selfLower,
                    other: partner.value.id,
                    otherLikelihood: partner.value.confidence.likelihood,
                    otherLower: partnerLower,
                    tension: TENSION[pair.kind],
                    sum: lower + otherLower,
                }, { related: [partner] });
            }
        }
    },
});
