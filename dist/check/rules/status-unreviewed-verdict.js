import { VERDICTS } from '../../model/scales.js';
import { defineRule } from '../rule.js';
export const statusUnreviewedVerdict = defineRule({
    id: 'status/unreviewed-verdict',
    severity: 'error',
    summary: 'A claim carries a verdict (verified, disputed, refuted, unverifiable, retracted) without a review saying who decided and when.',
    stage: 'verify',
    // `review` only for whether there is one.
    reads: { records: { Claim: ['status', 'review'] } },
    messages: { noReview: 'status "{{status}}" is a verdict but there is no review; add review: {by, date, note}' },
    check({ workspace, report }) {
        for (const claim of workspace.valid('Claim')) {
            if (!VERDICTS.includes(claim.value.status) || claim.value.review !== undefined)
                continue;
            report(claim, ['status'], 'noReview', { status: claim.value.status });
        }
    },
});
