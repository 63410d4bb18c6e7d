import { groupBy } from '../../model/group-by.js';
import { claimAuthorSources, firstAppearanceEvidence, lengthNotes, reviewedClaims } from './claimreview.js';
import { fillPattern, likelihoodNumber, pageOf, reviewedText, VERDICT_LABELS } from './common.js';
/**
 * Google Fact Check Tools `ClaimReviewMarkupPage` bodies (pages.create / pages.update): a JSON array
 * with one page per review page URL (export.reviewUrl without its `#` part), each holding the markups of
 * the claims reviewed there, pages sorted by URL. Same claims as ClaimReview: verdicts with a review.
 */
export function buildFactCheckMarkup(input) {
    const { reviewed, skipped } = reviewedClaims(input);
    const { settings } = input;
    const byPage = groupBy(reviewed, (view) => pageOf(fillPattern(settings.reviewUrl, view.storyId, view.id)));
    const pages = [...byPage.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([pageUrl, views]) => {
        const dates = views.map((view) => view.claim.review.date).sort();
        return {
            pageUrl,
            publishDate: dates.at(-1),
            claimReviewAuthor: { name: settings.organization.name },
            claimReviewMarkups: views.map((view) => markup(input, view)),
        };
    });
    return { document: pages, skipped, notes: lengthNotes(reviewed) };
}
function markup(input, view) {
    const { claim } = view;
    const author = claimAuthorSources(input, view)[0]?.source;
    const story = input.stories.get(view.storyId);
    const first = firstAppearanceEvidence(view);
    return {
        url: fillPattern(input.settings.reviewUrl, view.storyId, view.id),
        claimReviewed: reviewedText(view),
        ...(author
            ? {
                claimAuthor: {
                    ...(author.name ? { name: author.name } : { name: author.description }),
                    ...(author.sameAs?.[0] ? { sameAs: author.sameAs[0] } : {}),
                },
            }
            : {}),
        ...(first?.url ? { claimFirstAppearance: first.url } : {}),
        ...(story?.url ? { claimAppearances: [story.url] } : {}),
        rating: {
            textualRating: VERDICT_LABELS[claim.status],
            ratingValue: likelihoodNumber(view),
            worstRating: 1,
            bestRating: 7,
            ratingExplanation: claim.review.note ?? claim.confidence.rationale,
        },
    };
}
