import { defineRule } from '../rule.js';
import { hasSupportingEvidence, independentOrigins } from '../sourcing.js';

export const statusVerifiedUnsupported = defineRule({
  id: 'status/verified-unsupported',
  severity: 'error',
  summary: 'A claim is marked verified without supporting evidence or enough independent origins.',
  stage: 'verify',
  check({ workspace, thresholds, report }) {
    for (const claim of workspace.valid('Claim')) {
      if (claim.value.status !== 'verified' || hasSupportingEvidence(claim.value)) continue;
      const origins = independentOrigins(claim.value);
      if (origins.length >= thresholds.independentOrigins) continue;
      report({
        record: claim,
        message: `verified with no supporting evidence and ${origins.length} independent origin(s); needs evidence or ${thresholds.independentOrigins} independent origins`,
        place: { file: claim.file, docIndex: claim.docIndex, pointer: '/status', part: 'value' },
      });
    }
  },
});
