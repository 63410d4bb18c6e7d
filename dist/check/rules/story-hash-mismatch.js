import { defineRule } from '../rule.js';
export const storyHashMismatch = defineRule({
    id: 'story/hash-mismatch',
    severity: 'error',
    summary: 'The story text changed after its claims were recorded (or no sha256 was recorded to tell).',
    stage: 'verify',
    reads: { records: { Story: ['sha256'] }, files: ['story-text'] },
    messages: {
        noHash: 'no sha256 recorded for the story text, so later edits cannot be detected; add sha256: {{sha256}}',
        changed: '{{file}} changed since its claims were recorded: sha256 is {{sha256}}, the record says {{recorded}}; re-check the anchors, then update sha256',
    },
    check({ workspace, verify, report }) {
        for (const story of workspace.valid('Story')) {
            const text = verify.storyText(story.value.id);
            if (!text?.ok)
                continue;
            const recorded = story.value.sha256;
            if (recorded === undefined) {
                report(story, ['text'], 'noHash', { sha256: text.sha256 }, { part: 'key', severity: 'warning' });
            }
            else if (recorded !== text.sha256) {
                report(story, ['sha256'], 'changed', { file: text.file, sha256: text.sha256, recorded });
            }
        }
    },
});
