/**
 * Every best end position where `pattern` occurs in `text` with at most `maxDistance` edits (Sellers'
 * semi-global edit distance with Ukkonen's cut-off, so the cost is about O(maxDistance × text length)).
 * Each match also carries where it starts, tracked through the dynamic programme.
 *
 * Edits are counted in Unicode code points: a character outside the Basic Multilingual Plane (an emoji, a
 * surrogate pair in UTF-16) is one character, so replacing it costs one edit, not two. The offsets returned
 * are still UTF-16 offsets into `text`, like every other offset the anchor resolver reports.
 */
export function findApproximate(text, pattern, maxDistance) {
    // Where each code point of the pattern starts, in UTF-16 units, plus its end: code point i is
    // pattern[patternAt[i]] (and pattern[patternAt[i] + 1] when it is a surrogate pair).
    const patternAt = codePointStarts(pattern);
    const m = patternAt.length - 1;
    if (m === 0)
        return [];
    let cost = Array.from({ length: m + 1 }, (_, i) => i);
    // Where the alignment ending in each row starts, as a UTF-16 offset into the text.
    let start = new Array(m + 1).fill(0);
    let lastActive = Math.min(maxDistance, m);
    const matches = [];
    // One column of the table per code point of the text; `end` is the UTF-16 offset after it.
    for (let end = 0; end < text.length;) {
        const high = text[end];
        const width = isPairAt(text, end) ? 2 : 1;
        const low = width === 2 ? text[end + 1] : '';
        end += width;
        const nextCost = [0];
        const nextStart = [end];
        const limit = Math.min(m, lastActive + 1);
        for (let i = 1; i <= limit; i++) {
            const at = patternAt[i - 1];
            // One read of the pattern per cell; a second only when both are surrogate pairs with the same high half.
            const same = patternAt[i] - at === width && pattern[at] === high && (width === 1 || pattern[at + 1] === low);
            const substitute = (cost[i - 1] ?? Infinity) + (same ? 0 : 1);
            const insert = (cost[i] ?? Infinity) + 1;
            const remove = (nextCost[i - 1] ?? Infinity) + 1;
            let best = substitute;
            let from = start[i - 1] ?? end;
            if (remove < best) {
                best = remove;
                from = nextStart[i - 1] ?? end;
            }
            if (insert < best) {
                best = insert;
                from = start[i] ?? end;
            }
            nextCost[i] = best;
            nextStart[i] = from;
        }
        for (let i = limit + 1; i <= m; i++) {
            nextCost[i] = maxDistance + 1;
            nextStart[i] = end;
        }
        lastActive = limit;
        while (lastActive > 0 && (nextCost[lastActive] ?? Infinity) > maxDistance)
            lastActive--;
        cost = nextCost;
        start = nextStart;
        const distance = cost[m] ?? Infinity;
        if (distance <= maxDistance)
            matches.push({ start: start[m] ?? 0, end, distance });
    }
    return keepLocalBest(text, matches, m);
}
/**
 * Overlapping candidate ends describe one occurrence; keep the best of each overlapping run. Best is the
 * fewest edits; among spans that tie on edits, the one whose length (in code points) is closest to the
 * pattern's, so `commodo cites` in `commodo vitae,` is `commodo vitae` (three substitutions, the same
 * length) rather than `commodo vit` (one substitution and two deletions, also three edits). A tie on both
 * keeps the earlier end.
 */
function keepLocalBest(text, matches, patternLength) {
    const kept = [];
    const lengthGap = (match) => Math.abs(codePointLength(text, match.start, match.end) - patternLength);
    for (const match of matches) {
        const last = kept[kept.length - 1];
        if (last && match.start < last.end) {
            if (match.distance < last.distance || (match.distance === last.distance && lengthGap(match) < lengthGap(last))) {
                kept[kept.length - 1] = match;
            }
            continue;
        }
        kept.push(match);
    }
    return kept;
}
/** 1 for equal strings, falling towards 0 as edits grow relative to the longer length (in code points). */
export function similarity(a, distance, b) {
    const longest = Math.max(codePointLength(a), codePointLength(b), 1);
    return Math.max(0, 1 - distance / longest);
}
/** The number of Unicode code points in `text` or its [start, end) (a surrogate pair counts once, a lone surrogate once). */
export function codePointLength(text, start = 0, end = text.length) {
    let points = 0;
    for (let i = start; i < end; i += isPairAt(text, i) ? 2 : 1)
        points++;
    return points;
}
/** The UTF-16 offset where each code point of `text` starts, followed by `text.length`. */
function codePointStarts(text) {
    const starts = [];
    for (let i = 0; i < text.length; i += isPairAt(text, i) ? 2 : 1)
        starts.push(i);
    starts.push(text.length);
    return starts;
}
/** Whether a surrogate pair (one astral code point) starts at UTF-16 offset `i`. */
function isPairAt(text, i) {
    const high = text.charCodeAt(i);
    if (high < 0xd800 || high > 0xdbff)
        return false;
    const low = text.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff;
}
