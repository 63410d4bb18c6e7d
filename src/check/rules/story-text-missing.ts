import { defineRule } from '../rule.js';

export const storyTextMissing = defineRule({
  id: 'story/text-missing',
  severity: 'error',
  summary: "The story's text file is missing, unreadable or outside the repository, so no claim can be anchored.",
  stage: 'verify',
  check({ workspace, verify, report }) {
    for (const story of workspace.valid('Story')) {
      const text = verify.storyText(story.value.id);
      if (!text || text.ok || workspace.stories.get(story.value.id) !== story) continue;
      report({
        record: story,
        message: `story text "${story.value.text}" cannot be read: ${text.reason}`,
        place: { file: story.file, docIndex: story.docIndex, pointer: '/text', part: 'value' },
      });
    }
  },
});
