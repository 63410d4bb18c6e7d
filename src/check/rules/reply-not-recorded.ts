import { defineRule } from '../rule.js';

export const replyNotRecorded = defineRule({
  id: 'reply/not-recorded',
  severity: 'warning',
  summary: "A subject of the story's allegations has no right of reply recorded, or was not asked for one.",
  stage: 'verify',
  reads: { records: { Story: ['subjects'] } },
  messages: {
    notRecorded:
      'the story makes allegations about "{{subject}}" and no response is recorded: say whether one was sought (response.sought) and given',
    notSought:
      'no response was sought from "{{subject}}", about whom the story makes allegations; ask before publishing, or say why not in response.note',
  },
  check({ workspace, report }) {
    for (const story of workspace.valid('Story')) {
      for (const [index, subject] of (story.value.subjects ?? []).entries()) {
        const data = { subject: subject.source };
        if (subject.response === undefined) report(story, ['subjects', index], 'notRecorded', data);
        else if (!subject.response.sought && subject.response.given !== true && subject.response.note === undefined)
          report(story, ['subjects', index, 'response', 'sought'], 'notSought', data);
      }
    }
  },
});
