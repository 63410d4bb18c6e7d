import { normalise } from '../anchor/normalise.js';
import { defineRule } from '../rule.js';
export const quoteNotInStory = defineRule({
    id: 'quote/not-in-story',
    severity: 'error',
    summary: "An attribution's quote is not verbatim in the story text.",
    stage: 'verify',
    reads: { records: { Claim: ['story', 'attribution[].quote'] }, files: ['story-text'] },
    messages: {
        notVerbatim: 'quote is not verbatim in {{file}}: it matches only after normalising quotes, dashes and whitespace',
        notFound: "quote is not in {{file}}; a quote must be the source's words exactly as the story prints them",
    },
    check({ workspace, verify, report }) {
        for (const claim of workspace.valid('Claim')) {
            const text = verify.storyText(claim.value.story);
            if (!text?.ok)
                continue;
            claim.value.attribution.forEach((attribution, index) => {
                const quote = attribution.quote;
                if (quote === undefined || text.text.includes(quote))
                    return;
                const loose = normalise(text.text).text.includes(normalise(quote).text);
                report(claim, ['attribution', index, 'quote'], loose ? 'notVerbatim' : 'notFound', { file: text.file });
            });
        }
    },
});
