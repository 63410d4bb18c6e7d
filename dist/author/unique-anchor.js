import { normalise, originalRange } from '../check/anchor/normalise.js';
import { resolveSelector } from '../check/anchor/resolve.js';
/** Longest prefix or suffix a Claim's anchor may carry (claim.schema.json). */
export const MAX_CONTEXT = 200;
/**
 * Where `needle` occurs in `text`, as `claims verify` would find it: verbatim occurrences when there are
 * any, else the occurrences after the documented normalisation (curly quotes → straight, dashes → `-`,
 * `…` → `...`, runs of whitespace → one space), mapped back to the story's own characters.
 */
export function findInStory(text, needle) {
    const verbatim = occurrences(text, needle).map((start) => ({ start, end: start + needle.length }));
    if (verbatim.length > 0)
        return { spans: verbatim, normalised: false };
    const story = normalise(text);
    const quote = normalise(needle).text;
    // A needle that is all whitespace normalises to " " and would match every gap.
    if (quote.trim().length === 0)
        return { spans: [], normalised: true };
    const spans = occurrences(story.text, quote).map((start) => {
        const [from, to] = originalRange(story, start, start + quote.length);
        return { start: from, end: to };
    });
    return { spans, normalised: true };
}
function occurrences(text, needle) {
    const starts = [];
    if (needle.length === 0)
        return starts;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1))
        starts.push(at);
    return starts;
}
/** Whether `claims verify` resolves the selector to exactly this span, verbatim. */
export function resolvesExactly(text, selector, span, minSimilarity) {
    const resolved = resolveSelector(text, selector, minSimilarity);
    return resolved.status === 'exact' && resolved.start === span.start && resolved.end === span.end;
}
/**
 * The selector for a span of the story text: `{exact}` alone when that text occurs once, else with the
 * shortest word-aligned prefix and/or suffix (each at most MAX_CONTEXT characters) under which
 * `claims verify`'s resolver picks this occurrence and no other. Undefined when no such context exists
 * (the text around the span repeats for longer than MAX_CONTEXT characters).
 */
export function uniqueAnchor(text, span, minSimilarity) {
    if (span.end <= span.start || span.start < 0 || span.end > text.length)
        return undefined;
    const exact = text.slice(span.start, span.end);
    const others = occurrences(text, exact).filter((start) => start !== span.start);
    if (others.length === 0 && resolvesExactly(text, { exact }, span, minSimilarity))
        return { exact };
    const prefixes = ['', ...prefixStarts(text, span.start).map((start) => text.slice(start, span.start))];
    const suffixes = ['', ...suffixEnds(text, span.end).map((end) => text.slice(span.end, end))];
    const candidates = [];
    for (const prefix of prefixes)
        for (const suffix of suffixes)
            if (prefix || suffix)
                candidates.push({ prefix, suffix });
    candidates.sort((a, b) => a.prefix.length + a.suffix.length - (b.prefix.length + b.suffix.length) || a.prefix.length - b.prefix.length);
    // A context another occurrence also has word for word can never pick this one: only the others go to the resolver.
    const sharedBy = (prefix, suffix) => others.some((start) => text.endsWith(prefix, start) && text.startsWith(suffix, start + exact.length));
    // Every candidate is a part of the longest one: when another occurrence shares that, none can be unique.
    if (sharedBy(prefixes.at(-1), suffixes.at(-1)))
        return undefined;
    for (const { prefix, suffix } of candidates) {
        if (sharedBy(prefix, suffix))
            continue;
        const selector = { exact, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
        if (resolvesExactly(text, selector, span, minSimilarity))
            return selector;
    }
    return undefined;
}
/** Starts of words before `at` (nearest first), at most MAX_CONTEXT characters back. */
function prefixStarts(text, at) {
    const starts = [];
    for (let start = at - 1; start >= Math.max(0, at - MAX_CONTEXT); start--) {
        const wordStart = !isSpace(text[start]) && (start === 0 || isSpace(text[start - 1]));
        if (wordStart)
            starts.push(start);
    }
    // At the text's start, or right after a space, the context is the whole run back to there.
    if (starts.length === 0 && at > 0 && at <= MAX_CONTEXT)
        starts.push(0);
    return starts;
}
/** Ends of words after `at` (nearest first), at most MAX_CONTEXT characters on. */
function suffixEnds(text, at) {
    const ends = [];
    for (let end = at + 1; end <= Math.min(text.length, at + MAX_CONTEXT); end++) {
        const wordEnd = !isSpace(text[end - 1]) && (end === text.length || isSpace(text[end]));
        if (wordEnd)
            ends.push(end);
    }
    if (ends.length === 0 && at < text.length && text.length - at <= MAX_CONTEXT)
        ends.push(text.length);
    return ends;
}
function isSpace(char) {
    return char !== undefined && /\s/.test(char);
}
