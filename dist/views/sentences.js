import { splitSentences } from '../check/anchor/sentences.js';
/** The story's sentences and headings, numbered as `claims sentences` prints them and `new claim --sentence N` reads them. */
export function numberedSentences(text, index) {
    return splitSentences(text).map((sentence, i) => {
        const { line, column } = index.positionAt(sentence.start);
        return {
            number: i + 1,
            start: sentence.start,
            end: sentence.end,
            line,
            column,
            text: text.slice(sentence.start, sentence.end),
            heading: sentence.heading,
        };
    });
}
