import { defineRule } from '../rule.js';
import { archivedEvidence } from './evidence-states.js';

export const evidenceOutsideRepo = defineRule({
  id: 'evidence/outside-repo',
  severity: 'error',
  summary: 'An evidence archive path leads outside the repository (absolute, "..", or through a symlink); it is never read.',
  stage: 'verify',
  reads: { records: {}, files: ['evidence'] },
  messages: { refused: 'archive path refused: {{reason}}' },
  check(context) {
    for (const { record, state, at } of archivedEvidence(context)) {
      if (state.state !== 'outside') continue;
      context.report(record, at('archive'), 'refused', { reason: state.reason });
    }
  },
});
