import { mergeFields } from '../../model/fields.js';
import type { ClaimType } from '../../model/records.js';
import { likelihoodRank } from '../../model/scales.js';
import { defineRule } from '../rule.js';
import { hasHeldSupport, independentOrigins, ORIGIN_READS } from '../sourcing.js';

/** Claims about the world; an attributed statement records that someone said something, which one origin settles. */
const ABOUT_THE_WORLD: ReadonlySet<ClaimType> = new Set(['fact', 'characterisation', 'analysis', 'speculation']);

export const sourcingSingleOrigin = defineRule({
  id: 'sourcing/single-origin',
  severity: 'warning',
  summary: 'A claim rated likely or higher rests on one independent origin, and the desk holds no evidence for it.',
  stage: 'verify',
  reads: { records: mergeFields([ORIGIN_READS, { Claim: ['type', 'confidence.likelihood'] }]) },
  messages: {
    singleOrigin:
      '{{type}} "{{claim}}" is rated {{likelihood}} but everything it rests on comes from "{{origin}}", and the desk holds no evidence for it; find a second, independent origin or obtain the material, or rate it at most {{maxLikelihood}}',
  },
  check({ workspace, thresholds, report }) {
    for (const claim of workspace.valid('Claim')) {
      const { type, confidence } = claim.value;
      // Without attribution, what the claim rests on is its evidence: evidence/not-held judges that.
      if (!ABOUT_THE_WORLD.has(type) || claim.value.attribution.length === 0) continue;
      if (likelihoodRank(confidence.likelihood) <= likelihoodRank(thresholds.uncorroboratedMaxLikelihood)) continue;
      const origins = independentOrigins(workspace, claim.value);
      if (origins.length !== 1 || hasHeldSupport(workspace, claim.value)) continue;
      report(claim, ['confidence', 'likelihood'], 'singleOrigin', {
        type,
        claim: claim.value.id,
        likelihood: confidence.likelihood,
        origin: origins[0]!,
        maxLikelihood: thresholds.uncorroboratedMaxLikelihood,
      });
    }
  },
});
