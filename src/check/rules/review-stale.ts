import { defineRule } from '../rule.js';

export const reviewStale = defineRule({
  id: 'review/stale',
  severity: 'warning',
  summary: 'A claim was reviewed before the story text last changed, so the review may not cover what is published now.',
  stage: 'verify',
  check({ workspace, verify, report }) {
    for (const claim of workspace.valid('Claim')) {
      const reviewed = claim.value.review?.date;
      const changed = verify.textChangedOn.get(claim.value.story);
      if (reviewed === undefined || changed === undefined || reviewed >= changed) continue;
      report({
        record: claim,
        message: `reviewed on ${reviewed}, but the story text last changed on ${changed}; review the claim again`,
        place: { file: claim.file, docIndex: claim.docIndex, pointer: '/review/date', part: 'value' },
      });
    }
  },
});
