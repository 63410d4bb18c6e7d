import { codePointLength, findApproximate, similarity } from './approximate.js';
import { normalise, originalRange } from './normalise.js';
/**
 * Resolves a selector as the W3C model and the Hypothesis client do: exact match first, prefix and
 * suffix to choose between several; then the same under the documented normalisation; then an
 * approximate match within `minSimilarity`, scored by the quote and its context. Edits are counted in
 * code points, and where several spans of one occurrence tie on edits the one whose length is closest to
 * the quote's is taken (see `findApproximate`). Offsets stay UTF-16 offsets into `text`.
 */
export function resolveSelector(text, selector, minSimilarity) {
    const exactStarts = occurrences(text, selector.exact);
    if (exactStarts.length > 0) {
        const chosen = chooseByContext(text, exactStarts, selector.exact.length, selector);
        return chosen === undefined
            ? { status: 'ambiguous', starts: exactStarts }
            : { status: 'exact', start: chosen, end: chosen + selector.exact.length };
    }
    const story = normalise(text);
    const quote = normalise(selector.exact).text;
    const normalisedStarts = occurrences(story.text, quote);
    if (normalisedStarts.length > 0) {
        const chosen = chooseByContext(story.text, normalisedStarts, quote.length, {
            exact: quote,
            prefix: selector.prefix === undefined ? undefined : normalise(selector.prefix).text,
            suffix: selector.suffix === undefined ? undefined : normalise(selector.suffix).text,
        });
        if (chosen === undefined)
            return { status: 'ambiguous', starts: normalisedStarts.map((start) => originalRange(story, start, start + 1)[0]) };
        const [start, end] = originalRange(story, chosen, chosen + quote.length);
        return { status: 'normalised', start, end };
    }
    return approximate(story, quote, selector, minSimilarity);
}
function occurrences(text, quote) {
    const starts = [];
    if (quote.length === 0)
        return starts;
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1))
        starts.push(at);
    return starts;
}
/** The one start whose surrounding text fits the prefix and suffix best; undefined when that is a tie. */
function chooseByContext(text, starts, length, selector) {
    if (starts.length === 1)
        return starts[0];
    // A side whose context matches verbatim scores 1, one that does not at most 0.5: only the occurrences with
    // the most verbatim sides can win, so only they are scored approximately (the costly part when text repeats).
    const verbatim = starts.map((start) => verbatimSides(text, start, start + length, selector));
    const most = Math.max(...verbatim);
    const leaders = most > 0 ? starts.filter((_, index) => verbatim[index] === most) : starts;
    if (most > 0 && leaders.length === 1)
        return leaders[0];
    const scored = leaders.map((start) => ({ start, score: contextScore(text, start, start + length, selector) }));
    scored.sort((a, b) => b.score - a.score);
    const [best, second] = scored;
    if (!best || best.score === 0 || (second && second.score === best.score))
        return undefined;
    return best.start;
}
/** How many of the selector's prefix and suffix the text around [start, end) has verbatim. */
function verbatimSides(text, start, end, selector) {
    return ((selector.prefix && text.endsWith(selector.prefix, start) ? 1 : 0) + (selector.suffix && text.startsWith(selector.suffix, end) ? 1 : 0));
}
/** 0–2: how well the text around [start, end) matches the selector's prefix and suffix. */
function contextScore(text, start, end, selector) {
    let score = 0;
    if (selector.prefix) {
        const before = text.slice(Math.max(0, start - selector.prefix.length), start);
        score += before === selector.prefix ? 1 : closeness(selector.prefix, before);
    }
    if (selector.suffix) {
        const after = text.slice(end, end + selector.suffix.length);
        score += after === selector.suffix ? 1 : closeness(selector.suffix, after);
    }
    return score;
}
/** Similarity of two short context strings, position by position from the side nearest the quote. */
function closeness(expected, actual) {
    if (expected.length === 0)
        return 0;
    const found = findApproximate(actual, expected, Math.floor(codePointLength(expected) / 2));
    const best = found.reduce((min, match) => Math.min(min, match.distance), Infinity);
    return best === Infinity ? 0 : similarity(expected, best, actual) * 0.5;
}
function approximate(story, quote, selector, minSimilarity) {
    // Edits are counted in code points (an emoji is one character), so the budget is too.
    const maxDistance = Math.floor(codePointLength(quote) * (1 - minSimilarity));
    if (maxDistance === 0)
        return { status: 'not-found' };
    const candidates = findApproximate(story.text, quote, maxDistance).map((match) => {
        const quoteSimilarity = similarity(quote, match.distance, story.text.slice(match.start, match.end));
        const context = contextScore(story.text, match.start, match.end, {
            exact: quote,
            prefix: selector.prefix === undefined ? undefined : normalise(selector.prefix).text,
            suffix: selector.suffix === undefined ? undefined : normalise(selector.suffix).text,
        });
        return { match, quoteSimilarity, score: quoteSimilarity * 4 + context };
    });
    const ranked = candidates
        .filter((candidate) => candidate.quoteSimilarity >= minSimilarity)
        .sort((a, b) => b.score - a.score || a.match.start - b.match.start);
    const best = ranked[0];
    if (!best)
        return { status: 'not-found' };
    const tied = ranked.some((other) => other.score === best.score && (other.match.end <= best.match.start || other.match.start >= best.match.end));
    const [start, end] = originalRange(story, best.match.start, best.match.end);
    return { status: 'moved', start, end, similarity: Math.round(best.quoteSimilarity * 100) / 100, tied };
}
