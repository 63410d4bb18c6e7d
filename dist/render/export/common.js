import { idWords } from '../../author/suggest-id.js';
import { LIKELIHOODS, VERDICTS } from '../../model/scales.js';
/** The status label a ClaimReview's `reviewRating.alternateName` and a markup page's `textualRating` carry. */
export const VERDICT_LABELS = {
    verified: 'Verified',
    refuted: 'False',
    disputed: 'Disputed',
    unverifiable: 'Unverifiable',
    retracted: 'Retracted',
};
/** Relations that do not make the source the author of the claim. */
const NOT_ASSERTING = new Set(['denied', 'declined-to-comment']);
/** Why a claim has no ClaimReview, or undefined when it has a verdict and a review. */
export function whyNoReview(view) {
    if (!VERDICTS.includes(view.claim.status))
        return `status "${view.claim.status}" is not a verdict`;
    if (!view.claim.review)
        return `status "${view.claim.status}" has no review`;
    return undefined;
}
/** ICD 203 likelihood as a number, 1 (almost no chance) to 7 (almost certain). */
export function likelihoodNumber(view) {
    return LIKELIHOODS.findIndex((entry) => entry.term === view.claim.confidence.likelihood) + 1;
}
/** `{story}` and `{claim}` of a configured pattern filled in with the ids (kebab-case: nothing to escape). */
export function fillPattern(pattern, storyId, claimId) {
    return pattern.replaceAll('{story}', encodeURIComponent(storyId)).replaceAll('{claim}', encodeURIComponent(claimId));
}
/** The page part of a review URL: everything before its `#`. */
export function pageOf(url) {
    const hash = url.indexOf('#');
    return hash === -1 ? url : url.slice(0, hash);
}
/** An IRI under the configured base: `<base><kind>/<id>[/<more>]`. */
export function iriOf(base, kind, ...parts) {
    return `${base}${kind}/${parts.map((part) => encodeURIComponent(part)).join('/')}`;
}
/** A name as an id part: kebab-case ASCII words, or `unnamed`. */
export function slug(name) {
    return idWords(name).join('-') || 'unnamed';
}
/** The claim's summary when it has one, else its statement (ClaimReview's claimReviewed). */
export function reviewedText(view) {
    return view.claim.summary ?? view.claim.statement;
}
/** The attributions whose source asserts the claim (not a denial or a refusal), origin first. */
export function assertingAttributions(view) {
    return view.attributions.filter((attribution) => !NOT_ASSERTING.has(attribution.relation));
}
/** Code points before a UTF-16 offset: W3C TextPositionSelector counts code points, not code units. */
export function codePointOffset(text, utf16) {
    let count = 0;
    for (let i = 0; i < utf16; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < utf16)
            i++;
        count++;
    }
    return count;
}
/** Up to `count` code points of `text` before (or after) a UTF-16 offset. */
export function contextAround(text, utf16, count, side) {
    const points = side === 'before' ? Array.from(text.slice(0, utf16)) : Array.from(text.slice(utf16));
    return side === 'before' ? points.slice(Math.max(0, points.length - count)).join('') : points.slice(0, count).join('');
}
/** The resolved anchor of a claim in its story's text, in UTF-16 offsets, when it resolved to one place. */
export function resolvedAnchor(view, text) {
    const { start, end, status } = view.anchor;
    if (text === undefined || start === undefined || end === undefined)
        return undefined;
    if (status === 'ambiguous' || status === 'not-found' || status === 'unchecked')
        return undefined;
    return { start, end };
}
/** RFC 6920 `ni:` URI of a sha256 hex digest: an IRI for a story that has no URL. */
export function niUri(sha256Hex) {
    return `ni:///sha-256;${Buffer.from(sha256Hex, 'hex').toString('base64url')}`;
}
