/** Levenshtein distance, bounded: returns `limit + 1` as soon as the distance must exceed `limit`. */
export function editDistance(a, b, limit = Infinity) {
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
            current.push(value);
            rowMin = Math.min(rowMin, value);
        }
        if (rowMin > limit)
            return limit + 1;
        previous = current;
    }
    return previous[b.length] ?? 0;
}
/** The candidates closest to `input`, nearest first, within a distance that scales with length. */
export function closestMatches(input, candidates, max = 3) {
    const limit = Math.max(2, Math.floor(input.length / 3));
    const scored = [];
    for (const candidate of candidates) {
        const distance = editDistance(input.toLowerCase(), candidate.toLowerCase(), limit);
        if (distance <= limit)
            scored.push({ candidate, distance });
    }
    scored.sort((x, y) => x.distance - y.distance || (x.candidate < y.candidate ? -1 : 1));
    return scored.slice(0, max).map((entry) => entry.candidate);
}
/** ` (did you mean "x"?)` or nothing. */
export function didYouMean(input, candidates) {
    const [best] = closestMatches(input, candidates, 1);
    return best === undefined ? '' : ` (did you mean "${best}"?)`;
}
