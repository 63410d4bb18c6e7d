import { likelihoodInfo } from '../../model/scales.js';
import { defineRule } from '../rule.js';

export const contradictionLikelihoods = defineRule({
  id: 'contradiction/likelihoods',
  severity: 'warning',
  summary:
    'Two claims that contradict each other are rated so likely that both cannot be true: their lower bounds add up to more than 100 %.',
  stage: 'verify',
  reads: { records: { Claim: ['contradicts', 'confidence.likelihood'] } },
  messages: {
    bothLikely:
      '"{{claim}}" ({{likelihood}}, at least {{lower}} %) and "{{other}}" ({{otherLikelihood}}, at least {{otherLower}} %) contradict each other, but their likelihoods add up to at least {{sum}} %; lower one of them',
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
        const likelihood = claim.value.confidence.likelihood;
        const otherLikelihood = other.value.confidence.likelihood;
        const [lower] = likelihoodInfo(likelihood).range;
        const [otherLower] = likelihoodInfo(otherLikelihood).range;
        if (lower + otherLower <= 100) return;
        report(claim, ['contradicts', index], 'bothLikely', {
          claim: claim.value.id,
          likelihood,
          lower,
          other: otherId,
          otherLikelihood,
          otherLower,
          sum: lower + otherLower,
        });
      });
    }
  },
});
