const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;
/** Splits a story into sentences with ICU's sentence rules, line by line, so headings stand alone. */
export function splitSentences(text) {
    const sentences = [];
    let lineStart = 0;
    for (const line of text.split(/\r\n|\n|\r/)) {
        const trimmed = line.trim();
        if (trimmed.length > 0) {
            const heading = !SENTENCE_END.test(trimmed);
            for (const segment of heading ? [{ segment: line, index: 0 }] : segmenter.segment(line)) {
                const leading = segment.segment.length - segment.segment.trimStart().length;
                const body = segment.segment.trim();
                if (body.length === 0)
                    continue;
                const start = lineStart + segment.index + leading;
                sentences.push({ start, end: start + body.length, heading });
            }
        }
        lineStart += line.length + lineBreakLength(text, lineStart + line.length);
    }
    return sentences;
}
function lineBreakLength(text, at) {
    if (text.startsWith('\r\n', at))
        return 2;
    return at < text.length ? 1 : 0;
}
