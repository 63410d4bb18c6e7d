import { defineRule } from '../rule.js';
export const reviewStale = defineRule({
    id: 'review/stale',
    severity: 'warning',
    summary: 'A claim was reviewed before the story text last changed, so the review may not cover what is published now.',
    stage: 'verify',
    reads: { records: { Claim: ['story', 'review.date'] }, files: ['git-history'] },
    messages: { stale: 'reviewed on {{reviewed}}, but the story text last changed on {{changed}}; review the claim again' },
    check({ workspace, verify, report }) {
        for (const claim of workspace.valid('Claim')) {
            const reviewed = claim.value.review?.date;
            const changed = verify.textChangedOn.get(claim.value.story);
            if (reviewed === undefined || changed === undefined || reviewed >= changed)
                continue;
            report(claim, ['review', 'date'], 'stale', { reviewed, changed });
        }
    },
});
