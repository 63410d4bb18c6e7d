import { defineRule } from '../rule.js';

export const storyHashMismatch = defineRule({
  id: 'story/hash-mismatch',
  severity: 'error',
  summary: 'The story text changed after its claims were recorded (or no sha256 was recorded to tell).',
  stage: 'verify',
  check({ workspace, verify, report }) {
    for (const story of workspace.valid('Story')) {
      const text = verify.storyText(story.value.id);
      if (!text?.ok) continue;
      const recorded = story.value.sha256;
      if (recorded === undefined) {
        report({
          record: story,
          severity: 'warning',
          message: `no sha256 recorded for the story text, so later edits cannot be detected; add sha256: ${text.sha256}`,
          place: { file: story.file, docIndex: story.docIndex, pointer: '/text', part: 'key' },
        });
      } else if (recorded !== text.sha256) {
        report({
          record: story,
          message: `${text.file} changed since its claims were recorded: sha256 is ${text.sha256}, the record says ${recorded}; re-check the anchors, then update sha256`,
          place: { file: story.file, docIndex: story.docIndex, pointer: '/sha256', part: 'value' },
        });
      }
    }
  },
});
