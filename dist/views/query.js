import { compareText } from '../model/diagnostic.js';
import { likelihoodRank } from '../model/scales.js';
import { statusRank, typeRank } from './enums.js';
import { sourceIdsOf } from './report-model.js';
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
    const any = (wanted, actual) => wanted === undefined || wanted.length === 0 || wanted.some((value) => actual.includes(value));
    return (any(filters.story, [view.storyId]) &&
        any(filters.status, [view.claim.status]) &&
        any(filters.type, [view.claim.type]) &&
        any(filters.likelihood, [view.claim.confidence.likelihood]) &&
        any(filters.tag, view.claim.tags ?? []) &&
        any(filters.source, sourceIdsOf(view)));
}
const SORT_KEYS = {
    id: (view) => view.id,
    story: (view) => view.storyId,
    type: (view) => typeRank(view.claim.type),
    status: (view) => statusRank(view.claim.status),
    likelihood: (view) => likelihoodRank(view.claim.confidence.likelihood),
    credibility: (view) => view.grade.credibility,
};
/** Sorted by the field (then by id, so equal keys keep one fixed order); `reverse` flips the field's order only. */
export function sortClaims(views, field, reverse = false) {
    const key = SORT_KEYS[field];
    const direction = reverse ? -1 : 1;
    return [...views].sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        const byKey = typeof x === 'number' && typeof y === 'number' ? x - y : compareText(String(x), String(y));
        return direction * byKey || compareText(a.id, b.id);
    });
}
