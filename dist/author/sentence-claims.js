/**
 * Each sentence with the ids of the claims whose anchor overlaps it, as coverage counts a sentence
 * covered: an anchor spanning two sentences is listed in both. Anchors that did not resolve to one place
 * (not found, ambiguous) are in no sentence.
 */
export function sentencesWithClaims(sentences, spans) {
    const ordered = [...spans].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return sentences.map((sentence) => ({
        ...sentence,
        claims: ordered
            .filter((span) => span.start < sentence.end && span.end > sentence.start)
            .map((span) => span.id)
            .filter((id, index, ids) => ids.indexOf(id) === index),
    }));
}
