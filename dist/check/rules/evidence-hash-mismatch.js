import { defineRule } from '../rule.js';
import { archivedEvidence } from './evidence-states.js';
export const evidenceHashMismatch = defineRule({
    id: 'evidence/hash-mismatch',
    severity: 'error',
    summary: 'The preserved copy of a piece of evidence no longer has the sha256 recorded for it.',
    stage: 'verify',
    reads: { records: { Claim: ['evidence[].sha256'], Evidence: ['sha256'] }, files: ['evidence'] },
    messages: { altered: 'archived evidence {{file}} was altered: its sha256 is {{sha256}}, the record says {{recorded}}' },
    check(context) {
        for (const { record, recorded: recordedSha256, state, at } of archivedEvidence(context)) {
            const recorded = state.state === 'ok' ? recordedSha256() : undefined;
            if (state.state !== 'ok' || recorded === undefined || recorded === state.sha256)
                continue;
            context.report(record, at('sha256'), 'altered', { file: state.file, sha256: state.sha256, recorded });
        }
    },
});
