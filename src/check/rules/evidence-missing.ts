import { defineRule } from '../rule.js';
import { archivedEvidence } from './evidence-states.js';

export const evidenceMissing = defineRule({
  id: 'evidence/missing',
  severity: 'error',
  summary: 'The preserved copy of a piece of evidence is absent or cannot be read as a regular file.',
  stage: 'verify',
  check(context) {
    for (const { claim, state, place } of archivedEvidence(context)) {
      if (state.state !== 'missing') continue;
      context.report({
        record: claim,
        message: `archived evidence ${state.file} cannot be read: ${state.reason}`,
        place: place('archive'),
      });
    }
  },
});
