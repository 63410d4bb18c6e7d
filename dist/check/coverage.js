import { splitSentences } from './anchor/sentences.js';
/** Which sentences of a story's text have at least one of its claims anchored in them (asked through VerifyContext.coverage). */
export function computeCoverage(storyId, text, claims, anchors) {
    const spans = [];
    for (const claim of claims) {
        const resolution = anchors.get(claim);
        if (resolution && 'start' in resolution)
            spans.push([resolution.start, resolution.end]);
    }
    spans.sort((a, b) => a[0] - b[0]);
    // Sentences and spans are both sorted by start, so one sweep decides overlap for every sentence.
    const uncovered = [];
    let first = 0;
    let reach = -1;
    const sentences = splitSentences(text);
    for (const sentence of sentences) {
        while (first < spans.length && spans[first][0] < sentence.end) {
            reach = Math.max(reach, spans[first][1]);
            first++;
        }
        if (!(reach > sentence.start))
            uncovered.push(sentence);
    }
    const total = sentences.length;
    const percent = total === 0 ? 100 : Math.floor(((total - uncovered.length) / total) * 1000) / 10;
    return { storyId, sentenceCount: total, uncovered, claims: claims.length, anchored: spans.length, percent };
}
