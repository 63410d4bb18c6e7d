import { VERDICTS } from '../../model/scales.js';
import { defineRule } from '../rule.js';

export const statusUnreviewedVerdict = defineRule({
  id: 'status/unreviewed-verdict',
  severity: 'error',
  summary: 'A claim carries a verdict (verified, disputed, refuted, unverifiable, retracted) without a review saying who decided and when.',
  stage: 'verify',
  check({ workspace, report }) {
    for (const claim of workspace.valid('Claim')) {
      if (!VERDICTS.includes(claim.value.status) || claim.value.review !== undefined) continue;
      report({
        record: claim,
        message: `status "${claim.value.status}" is a verdict but there is no review; add review: {by, date, note}`,
        place: { file: claim.file, docIndex: claim.docIndex, pointer: '/status', part: 'value' },
      });
    }
  },
});
