import { defineRule } from '../rule.js';
export const storyTextMissing = defineRule({
    id: 'story/text-missing',
    severity: 'error',
    summary: "The story's text file is missing, unreadable or outside the repository, so no claim can be anchored.",
    stage: 'verify',
    reads: { records: { Story: ['text'] }, files: ['story-text'] },
    messages: { unreadable: 'story text "{{text}}" cannot be read: {{reason}}' },
    check({ workspace, verify, report }) {
        for (const story of workspace.valid('Story')) {
            const text = verify.storyText(story.value.id);
            if (!text || text.ok || workspace.stories.get(story.value.id) !== story)
                continue;
            report(story, ['text'], 'unreadable', { text: story.value.text, reason: text.reason });
        }
    },
});
