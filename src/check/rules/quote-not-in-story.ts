import { joinPointer } from '../../load/locate.js';
import { normalise } from '../../anchor/normalise.js';
import { defineRule } from '../rule.js';

export const quoteNotInStory = defineRule({
  id: 'quote/not-in-story',
  severity: 'error',
  summary: "An attribution's quote is not verbatim in the story text.",
  stage: 'verify',
  check({ workspace, verify, report }) {
    for (const claim of workspace.valid('Claim')) {
      const text = verify.storyText(claim.value.story);
      if (!text?.ok) continue;
      claim.value.attribution.forEach((attribution, index) => {
        const quote = attribution.quote;
        if (quote === undefined || text.text.includes(quote)) return;
        const loose = normalise(text.text).text.includes(normalise(quote).text);
        report({
          record: claim,
          message: loose
            ? `quote is not verbatim in ${text.file}: it matches only after normalising quotes, dashes and whitespace`
            : `quote is not in ${text.file}; a quote must be the source's words exactly as the story prints them`,
          place: { file: claim.file, docIndex: claim.docIndex, pointer: joinPointer(['attribution', index, 'quote']), part: 'value' },
        });
      });
    }
  },
});
