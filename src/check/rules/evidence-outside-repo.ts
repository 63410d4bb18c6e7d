import { defineRule } from '../rule.js';
import { archivedEvidence } from './evidence-states.js';

export const evidenceOutsideRepo = defineRule({
  id: 'evidence/outside-repo',
  severity: 'error',
  summary: 'An evidence archive path leads outside the repository (absolute, "..", or through a symlink); it is never read.',
  stage: 'verify',
  check(context) {
    for (const { claim, state, place } of archivedEvidence(context)) {
      if (state.state !== 'outside') continue;
      context.report({ record: claim, message: `archive path refused: ${state.reason}`, place: place('archive') });
    }
  },
});
