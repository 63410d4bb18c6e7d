import { defineRule } from '../rule.js';
const PUBLICATION_FIELDS = ['published', 'publisher', 'url'];
export const storyMetadataMissing = defineRule({
    id: 'story/metadata-missing',
    severity: 'info',
    summary: 'A Story does not say when it was published, by whom, or where: a reader of the record cannot find or cite the original.',
    stage: 'verify',
    reads: { records: { Story: [...PUBLICATION_FIELDS] } },
    messages: {
        missing: 'the story record has no {{fields}}; record them where known, so the original can be found and cited (ClaimReview needs them)',
    },
    check({ workspace, report }) {
        for (const story of workspace.valid('Story')) {
            const absent = PUBLICATION_FIELDS.filter((field) => story.value[field] === undefined);
            if (absent.length === 0)
                continue;
            const fields = absent.length === 1 ? absent[0] : `${absent.slice(0, -1).join(', ')} or ${absent.at(-1)}`;
            report(story, ['id'], 'missing', { fields });
        }
    },
});
