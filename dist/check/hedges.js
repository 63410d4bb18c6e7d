const matchers = new WeakMap();
/**
 * The first hedge word or phrase in the text, on word boundaries. A capitalised match counts only
 * where a sentence starts, so the month "May" or a name is not taken for the hedge "may".
 */
export function findHedge(text, hedges) {
    let matcher = matchers.get(hedges);
    if (!matcher) {
        // Longest first, so "appeared to" wins over a shorter hedge at the same place.
        const alternatives = [...hedges].sort((a, b) => b.length - a.length).map(escapeRegExp);
        matcher = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
        matchers.set(hedges, matcher);
    }
    matcher.lastIndex = 0;
    for (let match = matcher.exec(text); match; match = matcher.exec(text)) {
        const found = match[0];
        if (found === found.toLowerCase() || startsSentence(text, match.index))
            return found;
    }
    return undefined;
}
function startsSentence(text, at) {
    return /(^|[.!?:]["'”’)]*\s+|["“‘(]\s*)$/u.test(text.slice(Math.max(0, at - 4), at));
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
