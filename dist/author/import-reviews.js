import { forbiddenCharacters } from '../load/decode.js';
import { idWords, STOP_WORDS, suggestId } from './suggest-id.js';
const MAX_TITLE = 500;
const MAX_NOTE = 8000;
/** Text safe for a record: every character a record may not hold (controls, bidi controls) replaced by a space, runs of spaces collapsed. */
export function cleanText(value, max = MAX_NOTE) {
    if (typeof value !== 'string')
        return undefined;
    let text = value;
    for (const { char } of forbiddenCharacters(text).reverse())
        text = text.split(char).join(' ');
    text = text.replace(/\s+/g, ' ').trim();
    if (text === '')
        return undefined;
    return [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;
}
/** An absolute http(s) URL as the schema accepts it, else undefined. */
export function cleanUrl(value) {
    if (typeof value !== 'string' || value.length > 2048 || !/^https?:\/\/[^\s]+$/.test(value))
        return undefined;
    if (forbiddenCharacters(value).length > 0)
        return undefined;
    try {
        new URL(value);
        return value;
    }
    catch {
        return undefined;
    }
}
function cleanDate(value) {
    return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value) => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
/** A Fact Check Tools `claims:search` (or `imageSearch`) response: each claimReview of each claim. */
export function parseFactCheckApi(value) {
    const reviews = [];
    const problems = [];
    if (!isObject(value))
        return { reviews, problems: [{ at: '/', why: 'not a Fact Check Tools search response (a JSON object)' }] };
    const claims = Array.isArray(value.claims)
        ? value.claims
        : Array.isArray(value.results)
            ? value.results.map((result) => (isObject(result) ? result.claim : undefined))
            : undefined;
    if (!claims)
        return { reviews, problems: [{ at: '/', why: 'no "claims" list: not a claims:search response' }] };
    claims.forEach((claim, c) => {
        if (!isObject(claim))
            return problems.push({ at: `/claims/${c}`, why: 'not an object' });
        const text = cleanText(claim.text);
        asArray(claim.claimReview).forEach((review, r) => {
            const at = `/claims/${c}/claimReview/${r}`;
            if (!isObject(review))
                return problems.push({ at, why: 'not an object' });
            const url = cleanUrl(review.url);
            if (!url)
                return problems.push({ at, why: 'no http(s) url' });
            const publisher = isObject(review.publisher) ? review.publisher : {};
            const site = typeof publisher.site === 'string' && /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(publisher.site) ? publisher.site : undefined;
            reviews.push({
                claimTexts: text ? [text] : [],
                url,
                title: cleanText(review.title, MAX_TITLE),
                rating: cleanText(review.textualRating, 200),
                publisher: { name: cleanText(publisher.name, 300) ?? site, url: site ? `https://${site}` : undefined },
                date: cleanDate(review.reviewDate),
            });
        });
    });
    return { reviews, problems };
}
/** The ClaimReview nodes of a JSON-LD value: a node, an array, a `@graph`, or a DataFeed's dataFeedElement[].item. */
function claimReviewNodes(value, depth = 0) {
    if (depth > 4)
        return [];
    if (Array.isArray(value))
        return value.flatMap((item) => claimReviewNodes(item, depth + 1));
    if (!isObject(value))
        return [];
    const types = asArray(value['@type']);
    if (types.some((type) => type === 'ClaimReview' || type === 'http://schema.org/ClaimReview' || type === 'https://schema.org/ClaimReview'))
        return [value];
    return [
        ...claimReviewNodes(value['@graph'], depth + 1),
        ...asArray(value.dataFeedElement).flatMap((element) => claimReviewNodes(isObject(element) ? (element.item ?? element) : [], depth + 1)),
    ];
}
/** ClaimReview JSON-LD (compacted with the schema.org context, as pages and Data Commons feeds publish it). */
export function parseClaimReviews(value) {
    const reviews = [];
    const problems = [];
    const nodes = claimReviewNodes(value);
    if (nodes.length === 0)
        problems.push({ at: '/', why: 'no ClaimReview in the file' });
    nodes.forEach((node, index) => {
        const at = `ClaimReview ${index + 1}`;
        const url = cleanUrl(node.url) ?? cleanUrl(node['@id']);
        if (!url)
            return problems.push({ at, why: 'no http(s) url' });
        const item = asArray(node.itemReviewed).find(isObject);
        const author = asArray(node.author).find(isObject);
        const rating = asArray(node.reviewRating).find(isObject);
        const texts = [cleanText(node.claimReviewed), cleanText(item?.text)].filter((text) => text !== undefined);
        const publisherName = cleanText(author?.name, 300);
        const verdict = cleanText(rating?.alternateName, 200) ?? cleanText(rating?.name, 200);
        reviews.push({
            claimTexts: [...new Set(texts)],
            url,
            title: cleanText(node.name, MAX_TITLE) ?? cleanText(node.headline, MAX_TITLE),
            rating: verdict,
            publisher: { name: publisherName, url: cleanUrl(author?.url) },
            date: cleanDate(node.datePublished),
        });
    });
    return { reviews, problems };
}
/** Every `<script type="application/ld+json">` of an HTML page, parsed; unparsable ones are left out. */
export function jsonLdOfHtml(html) {
    const scripts = html.matchAll(/<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi);
    const values = [];
    for (const [, body] of scripts) {
        try {
            values.push(JSON.parse(body));
        }
        catch {
            // A page's broken block is the page's problem; the others may still hold reviews.
        }
    }
    return values;
}
/** Lower-case ASCII content words, stop words left out (author/suggest-id.ts). */
export function contentWords(text) {
    const words = idWords(text);
    return new Set(words.filter((word) => !STOP_WORDS.has(word)));
}
/**
 * How alike two texts are: the Sørensen–Dice coefficient of their sets of content words,
 * 2·|A∩B| / (|A|+|B|), from 0 (no word shared) to 1 (the same words).
 */
export function similarity(a, b) {
    const left = contentWords(a);
    const right = contentWords(b);
    if (left.size === 0 || right.size === 0)
        return 0;
    let shared = 0;
    for (const word of left)
        if (right.has(word))
            shared++;
    return (2 * shared) / (left.size + right.size);
}
/** A review matches a claim at this similarity or above (docs/export.md, "Import"). */
export const MATCH_THRESHOLD = 0.6;
/** The best score of a review against a claim, over each text of the review and the claim's statement and summary. */
export function matchScore(review, claim) {
    const own = [claim.statement, ...(claim.summary ? [claim.summary] : [])];
    return Math.max(0, ...review.claimTexts.flatMap((text) => own.map((mine) => similarity(text, mine))));
}
/**
 * What importing the reviews does: each review matching at least one claim becomes a shared Evidence
 * record (custody cited, type publication, origin the reviewing publisher, reused when one with its URL
 * exists) linked `context` to every claim it matches; the publisher becomes a Source unless one has its
 * name or site. Nothing existing is changed but the claims' evidence lists, which only grow.
 */
export function planImport(reviews, existing) {
    const plan = { evidence: [], sources: [], links: [], kept: [], unmatched: [] };
    const evidenceIds = new Set(existing.evidenceIds);
    const sourceIds = new Set(existing.sourceIds);
    const evidenceByUrl = new Map(existing.evidence.flatMap((item) => (item.url ? [[item.url, item.id]] : [])));
    const sources = existing.sources.map((source) => ({ ...source }));
    const linked = new Map(existing.claims.map((claim) => [claim.id, new Set(claim.refs)]));
    for (const review of reviews) {
        const scored = existing.claims
            .map((claim) => ({ claim, score: matchScore(review, claim) }))
            .sort((a, b) => b.score - a.score || (a.claim.id < b.claim.id ? -1 : 1));
        const matches = scored.filter((entry) => entry.score >= MATCH_THRESHOLD);
        if (matches.length === 0) {
            const best = scored[0];
            plan.unmatched.push({ review, best: best && best.score > 0 ? { claim: best.claim.id, score: best.score } : undefined });
            continue;
        }
        const story = matches[0].claim.story;
        let ref = evidenceByUrl.get(review.url);
        if (ref === undefined) {
            const origin = publisherSource(review, story);
            const title = review.title ?? `${review.publisher.name ?? 'Unnamed publisher'} review${review.rating ? `: ${review.rating}` : ''}`;
            ref = suggestId(title, 'evidence', evidenceIds);
            evidenceIds.add(ref);
            evidenceByUrl.set(review.url, ref);
            const note = reviewNote(review);
            plan.evidence.push({
                story,
                record: {
                    apiVersion: 'claims/v1',
                    kind: 'Evidence',
                    id: ref,
                    type: 'publication',
                    title: cleanText(title, MAX_TITLE),
                    url: review.url,
                    ...(origin ? { origin } : {}),
                    custody: 'cited',
                    ...(note ? { note } : {}),
                },
            });
        }
        for (const { claim, score } of matches) {
            const link = { claim: claim.id, ref, relation: 'context', score, url: review.url };
            const refs = linked.get(claim.id);
            if (refs.has(ref))
                plan.kept.push(link);
            else {
                refs.add(ref);
                plan.links.push(link);
            }
        }
    }
    return plan;
    function publisherSource(review, story) {
        const { name, url } = review.publisher;
        if (name === undefined && url === undefined)
            return undefined;
        const host = url ? new URL(url).host : undefined;
        const found = sources.find((source) => (name !== undefined && source.name?.toLowerCase() === name.toLowerCase()) ||
            (host !== undefined && source.sameAs.some((same) => cleanUrl(same) && new URL(same).host === host)));
        if (found)
            return found.id;
        const id = suggestId(name ?? host ?? 'publisher', 'source', sourceIds);
        sourceIds.add(id);
        const record = {
            apiVersion: 'claims/v1',
            kind: 'Source',
            id,
            type: 'outlet',
            ...(name ? { name } : {}),
            description: `publisher of fact-checks, imported from its reviews${host ? ` (${host})` : ''}`,
            ...(url ? { sameAs: [url] } : {}),
            ...(name ? {} : { anonymity: { reason: 'The imported review names only the website that published it.', howKnown: 'documents' } }),
        };
        sources.push({ id, name, sameAs: url ? [url] : [] });
        plan.sources.push({ story, record });
        return id;
    }
}
function reviewNote(review) {
    const parts = [
        review.rating ? `Rated "${review.rating}"` : undefined,
        review.publisher.name ? `by ${review.publisher.name}` : undefined,
        review.date ? `on ${review.date}` : undefined,
    ].filter(Boolean);
    const checked = review.claimTexts[0] ? `The claim it checked: "${review.claimTexts[0]}"` : undefined;
    const text = [parts.length > 0 ? `${parts.join(' ')}.` : undefined, checked].filter(Boolean).join(' ');
    return cleanText(text);
}
