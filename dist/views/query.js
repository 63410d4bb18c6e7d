import { WHOLE } from '../load/record-views.js';
import { compareText } from '../model/diagnostic.js';
import { likelihoodRank } from '../model/scales.js';
import { statusRank, typeRank } from './enums.js';
import { sourceIdsOf } from './report-model.js';
/**
 * What `list` keeps of each record besides what the checks read: what claimViews reads to list, filter
 * and sort (not the rationale, review or notes, most of a claim's text), and the few stories, sources
 * and evidence records whole. Over 100,000 claims this keeps `list` within its memory goal (README, Performance).
 */
export const LIST_FIELDS = {
    Claim: [
        'id',
        'story',
        'statement',
        'type',
        'status',
        'tags',
        'confidence.likelihood',
        'confidence.credibility',
        'attribution',
        'evidence',
        'derivedFrom',
        'contradicts',
    ],
    Story: [WHOLE],
    Source: [WHOLE],
    Evidence: [WHOLE],
};
export const SORT_FIELDS = ['id', 'story', 'type', 'status', 'likelihood', 'credibility'];
/** Splits `a,b` and repeated flags into a list of trimmed, non-empty values. */
export function listValues(value, previous) {
    return [
        ...(previous ?? []),
        ...value
            .split(',')
            .map((part) => part.trim())
            .filter((part) => part.length > 0),
    ];
}
export function matchesFilters(view, filters) {
    return matchesClaim(view.claim, filters) && matchesSources(sourceIdsOf(view), filters);
}
/** Every filter but `source`, which needs the claim's view (sourceIdsOf): what a claim's own fields decide. */
export function matchesClaim(claim, filters) {
    return (any(filters.story, [claim.story]) &&
        any(filters.status, [claim.status]) &&
        any(filters.type, [claim.type]) &&
        any(filters.likelihood, [claim.confidence.likelihood]) &&
        any(filters.tag, claim.tags ?? []));
}
/** The `source` filter, given the ids of every source a claim names (sourceIdsOf). */
export function matchesSources(sourceIds, filters) {
    return any(filters.source, sourceIds);
}
const any = (wanted, actual) => wanted === undefined || wanted.length === 0 || wanted.some((value) => actual.includes(value));
/** The keys are a claim's own fields (a view's `grade.credibility` is its claim's credibility), so a caller need not make views to sort. */
const SORT_KEYS = {
    id: (claim) => claim.id,
    story: (claim) => claim.story,
    type: (claim) => typeRank(claim.type),
    status: (claim) => statusRank(claim.status),
    likelihood: (claim) => likelihoodRank(claim.confidence.likelihood),
    credibility: (claim) => claim.confidence.credibility,
};
/** Sorted by the field (then by id, so equal keys keep one fixed order); `reverse` flips the field's order only. */
export function sortClaims(views, field, reverse = false) {
    return sortByKey(views.map((view) => ({ item: view, id: view.id, key: sortKeyOf(view.claim, field) })), reverse).map((entry) => entry.item);
}
/** A claim's key for a sort field; with sortByKey, the order sortClaims gives, for callers that keep less than the views. */
export function sortKeyOf(claim, field) {
    return SORT_KEYS[field](claim);
}
/** Entries sorted as sortClaims sorts views: by key, then by id. */
export function sortByKey(entries, reverse = false) {
    const direction = reverse ? -1 : 1;
    return [...entries].sort((a, b) => {
        const [x, y] = [a.key, b.key];
        const byKey = typeof x === 'number' && typeof y === 'number' ? x - y : compareText(String(x), String(y));
        return direction * byKey || compareText(a.id, b.id);
    });
}
