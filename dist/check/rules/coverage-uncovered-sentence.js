import { excerpt } from '../../model/words.js';
import { defineRule } from '../rule.js';
/** Longest excerpt of the sentence quoted in the message. */
const EXCERPT = 80;
export const coverageUncoveredSentence = defineRule({
    id: 'coverage/uncovered-sentence',
    severity: 'info',
    summary: 'A sentence (or heading) of the story has no claim anchored in it.',
    stage: 'verify',
    // Coverage is computed from the story's claims' anchors, resolved in its text.
    reads: { records: { Claim: ['story', 'anchor'] }, files: ['story-text'] },
    messages: {
        uncoveredSentence: 'no claim is anchored in this sentence: "{{excerpt}}"',
        uncoveredHeading: 'no claim is anchored in this heading: "{{excerpt}}"',
    },
    check({ workspace, verify, report }) {
        for (const story of workspace.valid('Story')) {
            const coverage = verify.coverage(story.value.id);
            const text = verify.storyText(story.value.id);
            if (!coverage || !text?.ok)
                continue;
            for (const sentence of coverage.uncovered) {
                const body = text.text.slice(sentence.start, sentence.end);
                const at = { file: text.file, start: text.index.positionAt(sentence.start), end: text.index.positionAt(sentence.end) };
                report(story, at, sentence.heading ? 'uncoveredHeading' : 'uncoveredSentence', { excerpt: excerpt(body, EXCERPT) });
            }
        }
    },
});
