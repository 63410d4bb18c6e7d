import { likelihoodRank } from '../../model/scales.js';
import { EVIDENCE_READS, evidenceOf } from '../evidence.js';
import { defineRule } from '../rule.js';

export const evidenceNotHeld = defineRule({
  id: 'evidence/not-held',
  severity: 'warning',
  summary:
    'A claim rated likely or higher whose only support is evidence the desk has not held: cited by the story, or described by a source.',
  stage: 'verify',
  // `attribution` only for whether it is empty.
  reads: { records: { Claim: ['attribution', 'confidence.likelihood', ...EVIDENCE_READS.Claim], Evidence: EVIDENCE_READS.Evidence } },
  messages: {
    notHeld:
      'rated {{likelihood}} on evidence the desk has not seen ({{evidence}}) and no attribution; obtain and archive it, or rate the claim at most {{maxLikelihood}}',
  },
  check({ workspace, thresholds, report }) {
    for (const claim of workspace.valid('Claim')) {
      const { likelihood } = claim.value.confidence;
      if (claim.value.attribution.length > 0) continue;
      if (likelihoodRank(likelihood) <= likelihoodRank(thresholds.uncorroboratedMaxLikelihood)) continue;
      const support = evidenceOf(workspace, claim.value).filter((entry) => entry.relation === 'supports');
      if (support.length === 0 || support.some((entry) => entry.custody === 'held')) continue;
      const evidence = support.map((entry) => `${entry.record?.value.id ?? `evidence[${entry.index}]`}: ${entry.custody}`).join(', ');
      report(claim, ['confidence', 'likelihood'], 'notHeld', {
        likelihood,
        evidence,
        maxLikelihood: thresholds.uncorroboratedMaxLikelihood,
      });
    }
  },
});
