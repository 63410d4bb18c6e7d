import { UsageError } from '../model/exit.js';
import { numberedSentences } from '../views/sentences.js';
import { findInStory, uniqueAnchor } from './unique-anchor.js';
/**
 * The anchor of a new claim: the whole Nth sentence, or the given text (within the Nth sentence when
 * both are given), with just enough prefix and suffix that `claims verify` resolves it to that span
 * and no other. `exact` is written in the story's own characters (curly quotes where the story has them).
 */
export function placeAnchor(story, request, minSimilarity) {
    const { text } = story;
    let within = { start: 0, end: text.length };
    if (request.sentence !== undefined) {
        const sentences = numberedSentences(text, story.index);
        const sentence = sentences[request.sentence - 1];
        if (!sentence)
            throw new UsageError(`--sentence ${request.sentence}: ${story.file} has ${sentences.length} sentence${sentences.length === 1 ? '' : 's'}`, [], '`claims sentences` prints the numbered sentences.');
        within = { start: sentence.start, end: sentence.end };
    }
    let span = within;
    if (request.exact !== undefined) {
        const where = request.sentence === undefined ? story.file : `sentence ${request.sentence} of ${story.file}`;
        const spans = findInStory(text, request.exact).spans.filter((found) => found.start >= within.start && found.end <= within.end);
        const [first, second] = spans;
        if (!first)
            throw new UsageError(`--exact: the text is not in ${where}, not even after normalising quotes, dashes and whitespace`, [], 'Copy the span from the story text; `claims sentences` prints it sentence by sentence.');
        if (second) {
            const lines = spans.map((found) => story.index.positionAt(found.start)).map((at) => `${at.line}:${at.column}`);
            throw new UsageError(`--exact: the text occurs ${spans.length} times in ${where} (at ${lines.join(', ')})`, [], request.sentence === undefined ? 'Add --sentence N to say which one is meant.' : 'Give a longer --exact.');
        }
        span = first;
    }
    const selector = uniqueAnchor(text, span, minSimilarity);
    if (!selector)
        throw new UsageError(`the span cannot be anchored uniquely: the text around it repeats for more than 200 characters elsewhere in ${story.file}`, [], 'Anchor a longer span.');
    return { selector, span, text: text.slice(span.start, span.end) };
}
/** A quote as the story prints it: the story's own characters for text that matches verbatim or after normalisation. */
export function quoteFromStory(story, quote) {
    const [first] = findInStory(story.text, quote).spans;
    if (!first)
        throw new UsageError(`--quote: the quote is not in ${story.file}, not even after normalising quotes, dashes and whitespace`, [], "A quote is the source's words exactly as the story prints them.");
    return story.text.slice(first.start, first.end);
}
