import { likelihoodRank } from '../../model/scales.js';
import { defineRule } from '../rule.js';
import { hasPrimaryEvidence, independentOrigins } from '../sourcing.js';
import { findHedge } from '../hedges.js';

export const confidenceOverstated = defineRule({
  id: 'confidence/overstated',
  severity: 'error',
  summary: 'Credibility 1 without two independent origins or primary evidence, or a hedged claim rated very likely or above.',
  stage: 'verify',
  check({ workspace, thresholds, verify, report }) {
    for (const claim of workspace.valid('Claim')) {
      const { confidence } = claim.value;
      const wellSourced = independentOrigins(claim.value).length >= thresholds.independentOrigins || hasPrimaryEvidence(claim.value);
      const place = (field: string) => ({
        file: claim.file,
        docIndex: claim.docIndex,
        pointer: `/confidence/${field}`,
        part: 'value' as const,
      });
      if (confidence.credibility === 1) {
        if (!wellSourced) {
          report({
            record: claim,
            message: `credibility 1 (confirmed) needs ${thresholds.independentOrigins} independent origins or primary evidence; this claim has ${independentOrigins(claim.value).length} origin(s) and no primary evidence`,
            place: place('credibility'),
          });
        }
      }
      // An attributed statement records that someone said something; a hedge in their words belongs to the claim derived from it.
      if (claim.value.type === 'attributed-statement' || wellSourced) continue;
      if (likelihoodRank(confidence.likelihood) <= likelihoodRank(thresholds.hedgedMaxLikelihood)) continue;
      const resolution = verify.anchors.get(claim);
      const text = verify.storyText(claim.value.story);
      const anchored =
        resolution && 'start' in resolution && text?.ok ? text.text.slice(resolution.start, resolution.end) : claim.value.anchor.exact;
      const hedge = findHedge(anchored, thresholds.hedges);
      if (!hedge) continue;
      report({
        record: claim,
        message: `the story hedges this claim ("${hedge}"), so ${confidence.likelihood} overstates it; at most ${thresholds.hedgedMaxLikelihood} unless other sourcing is recorded`,
        place: place('likelihood'),
      });
    }
  },
});
