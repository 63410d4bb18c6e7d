import { DRAFT_TAG } from '../../model/draft-tag.js';
import { defineRule } from '../rule.js';
export const statusDraft = defineRule({
    id: 'status/draft',
    severity: 'info',
    summary: 'A claim is still tagged as a draft (from `claims extract`): nobody has judged its anchor, type, attribution and grades yet.',
    stage: 'verify',
    reads: { records: { Claim: ['tags'] } },
    messages: {
        draft: 'a draft not yet judged: check its anchor, type, source, relation and quote against the sentence, grade it, then remove the "draft" tag',
    },
    check({ workspace, report }) {
        for (const claim of workspace.valid('Claim')) {
            const at = claim.value.tags?.indexOf(DRAFT_TAG) ?? -1;
            if (at >= 0)
                report(claim, ['tags', at], 'draft', {});
        }
    },
});
