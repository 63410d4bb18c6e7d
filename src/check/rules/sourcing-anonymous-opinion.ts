import { defineRule } from '../rule.js';
import { restsOnlyOnAnonymous } from '../sourcing.js';

export const sourcingAnonymousOpinion = defineRule({
  id: 'sourcing/anonymous-opinion',
  severity: 'warning',
  summary: 'A characterisation or analysis resting only on anonymous sources: opinion behind anonymity.',
  stage: 'verify',
  check({ workspace, report }) {
    for (const claim of workspace.valid('Claim')) {
      const { type } = claim.value;
      if ((type !== 'characterisation' && type !== 'analysis') || !restsOnlyOnAnonymous(workspace, claim.value)) continue;
      const sources = claim.value.attribution.map((attribution) => attribution.source).join(', ');
      report({
        record: claim,
        message: `${type} "${claim.value.id}" rests only on anonymous sources (${sources}); newsroom standards keep opinion on the record`,
        place: { file: claim.file, docIndex: claim.docIndex, pointer: '/attribution', part: 'key' },
      });
    }
  },
});
