import { assertingAttributions, fillPattern, iriOf, likelihoodNumber, reviewedText, VERDICT_LABELS, whyNoReview, } from './common.js';
/** Google: claimReviewed "less than 75 characters". */
export const CLAIM_REVIEWED_MAX = 75;
/** The claims that export as reviews, and the rest with why (in the input's order). */
export function reviewedClaims(input) {
    const reviewed = [];
    const skipped = [];
    for (const view of input.claims) {
        const why = whyNoReview(view);
        if (why === undefined)
            reviewed.push(view);
        else
            skipped.push({ id: view.id, why });
    }
    return { reviewed, skipped };
}
/** Notes on claimReviewed texts Google would find too long. */
export function lengthNotes(reviewed) {
    return reviewed
        .filter((view) => reviewedText(view).length >= CLAIM_REVIEWED_MAX)
        .map((view) => `${view.id}: claimReviewed is the ${reviewedText(view).length}-character statement; Google asks for under ${CLAIM_REVIEWED_MAX}: give the claim a summary`);
}
/**
 * schema.org ClaimReview JSON-LD (Google's fact-check profile): a JSON array with one self-contained
 * ClaimReview per claim whose status is a verdict with a review; every other claim is skipped with why.
 * Needs export.organization.name and export.reviewUrl (the command checks).
 */
export function buildClaimReviews(input) {
    const { reviewed, skipped } = reviewedClaims(input);
    return { document: reviewed.map((view) => claimReview(input, view)), skipped, notes: lengthNotes(reviewed) };
}
function claimReview(input, view) {
    const { settings } = input;
    const { claim } = view;
    const review = claim.review;
    const url = fillPattern(settings.reviewUrl, view.storyId, view.id);
    const organization = settings.organization;
    return {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        '@id': url,
        url,
        claimReviewed: reviewedText(view),
        datePublished: review.date,
        author: { '@type': 'Organization', name: organization.name, ...(organization.url ? { url: organization.url } : {}) },
        contributor: { '@type': 'Person', name: review.by },
        reviewRating: {
            '@type': 'Rating',
            alternateName: VERDICT_LABELS[claim.status],
            name: view.likelihood.label,
            ratingValue: likelihoodNumber(view),
            worstRating: 1,
            bestRating: 7,
            ratingExplanation: review.note ?? claim.confidence.rationale,
        },
        itemReviewed: itemReviewed(input, view),
        ...(citations(view.evidence, url).length > 0 ? { citation: citations(view.evidence, url) } : {}),
        ...(claim.tags && claim.tags.length > 0 ? { keywords: [...claim.tags] } : {}),
    };
}
function itemReviewed(input, view) {
    const { base } = input.settings;
    const authors = claimAuthors(input, view);
    const story = input.stories.get(view.storyId);
    const first = firstAppearance(view);
    return {
        '@type': 'Claim',
        ...(base ? { '@id': iriOf(base, 'claim', view.id) } : {}),
        text: view.claim.statement,
        ...(authors.length === 1 ? { author: authors[0] } : authors.length > 1 ? { author: authors } : {}),
        ...(first ? { firstAppearance: first } : {}),
        ...(story?.url
            ? {
                appearance: [
                    {
                        '@type': 'NewsArticle',
                        url: story.url,
                        headline: story.title,
                        ...(story.published ? { datePublished: story.published } : {}),
                        ...(story.publisher ? { publisher: { '@type': 'Organization', name: story.publisher } } : {}),
                    },
                ],
            }
            : {}),
        ...(base && view.derivedFrom.length > 0 ? { isBasedOn: view.derivedFrom.map((id) => ({ '@id': iriOf(base, 'claim', id) })) } : {}),
    };
}
/** Who made the claim: the origin of each asserting attribution that is a person or a body (a document or recording is a work, not an author). */
export function claimAuthorSources(input, view) {
    const seen = new Set();
    const authors = [];
    for (const attribution of assertingAttributions(view)) {
        const id = attribution.source.id;
        const source = input.sources.get(id);
        if (seen.has(id) || source === undefined || source.type === 'document' || source.type === 'recording')
            continue;
        seen.add(id);
        authors.push({ id, source });
    }
    return authors;
}
function claimAuthors(input, view) {
    return claimAuthorSources(input, view).map(({ source }) => ({
        '@type': source.type === 'person' ? 'Person' : 'Organization',
        ...(source.name ? { name: source.name } : {}),
        description: source.description,
        ...(source.sameAs && source.sameAs.length > 0
            ? { sameAs: source.sameAs.length === 1 ? source.sameAs[0] : [...source.sameAs] }
            : {}),
    }));
}
/**
 * Where the claim first appeared, by a heuristic: evidence with a URL whose origin is the first relay of
 * the first asserting attribution (Kommersant's report of Ushakov's words), else the origin itself.
 */
export function firstAppearanceEvidence(view) {
    const attribution = assertingAttributions(view)[0];
    if (!attribution)
        return undefined;
    const wanted = attribution.via[0]?.id ?? attribution.source.id;
    return view.evidence.find((evidence) => evidence.url !== undefined && evidence.origin?.id === wanted);
}
function firstAppearance(view) {
    const evidence = firstAppearanceEvidence(view);
    if (!evidence)
        return undefined;
    return {
        '@type': 'CreativeWork',
        url: evidence.url,
        name: evidence.title,
        ...(evidence.origin?.name ? { publisher: { '@type': 'Organization', name: evidence.origin.name } } : {}),
    };
}
const CITATION_TYPES = { recording: 'MediaObject', dataset: 'Dataset' };
/** The evidence with a URL, as schema.org works; not the review itself, where the desk records it as evidence too. */
function citations(evidence, reviewUrl) {
    return evidence
        .filter((item) => item.url !== undefined && item.url !== reviewUrl)
        .map((item) => ({ '@type': CITATION_TYPES[item.type] ?? 'CreativeWork', name: item.title, url: item.url }));
}
