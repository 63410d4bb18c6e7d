import { defineRule } from '../rule.js';
import { archivedEvidence } from './evidence-states.js';
export const evidenceMissing = defineRule({
    id: 'evidence/missing',
    severity: 'error',
    summary: 'The preserved copy of a piece of evidence is absent or cannot be read as a regular file.',
    stage: 'verify',
    reads: { records: {}, files: ['evidence'] },
    messages: { unreadable: 'archived evidence {{file}} cannot be read: {{reason}}' },
    check(context) {
        for (const { record, state, at } of archivedEvidence(context)) {
            if (state.state !== 'missing')
                continue;
            context.report(record, at('archive'), 'unreadable', { file: state.file, reason: state.reason });
        }
    },
});
