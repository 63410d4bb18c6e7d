import { defineRule } from '../rule.js';
import { archivedEvidence } from './evidence-states.js';

export const evidenceHashMismatch = defineRule({
  id: 'evidence/hash-mismatch',
  severity: 'error',
  summary: 'The preserved copy of a piece of evidence no longer has the sha256 recorded for it.',
  stage: 'verify',
  check(context) {
    for (const { claim, index, state, place } of archivedEvidence(context)) {
      const recorded = claim.value.evidence?.[index]?.sha256;
      if (state.state !== 'ok' || recorded === undefined || recorded === state.sha256) continue;
      context.report({
        record: claim,
        message: `archived evidence ${state.file} was altered: its sha256 is ${state.sha256}, the record says ${recorded}`,
        place: place('sha256'),
      });
    }
  },
});
