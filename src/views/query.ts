import { UsageError } from '../../exit.js';
import { compareText } from '../../model/diagnostic.js';
import { LIKELIHOODS, likelihoodRank } from '../../model/scales.js';
import { closestMatches } from '../../model/suggest.js';
import type { ClaimView } from './claim-view.js';
import { CLAIM_TYPES, STATUSES, statusRank, typeRank } from './enums.js';
import { sourceIdsOf } from './model.js';

/** Values of each filter; a claim must match one value of every filter given. */
export interface ClaimFilters {
  story?: string[];
  status?: string[];
  type?: string[];
  source?: string[];
  likelihood?: string[];
  tag?: string[];
}

export const SORT_FIELDS = ['id', 'story', 'type', 'status', 'likelihood', 'credibility'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

/** Splits `a,b` and repeated flags into a list of trimmed, non-empty values. */
export function listValues(value: string, previous: string[] | undefined): string[] {
  return [
    ...(previous ?? []),
    ...value
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part.length > 0),
  ];
}

/** Throws a usage error naming the first value that is not one of `known`, with the closest ones. */
export function requireKnown(flag: string, values: readonly string[] | undefined, known: Iterable<string>, what = 'value'): void {
  const allowed = [...known];
  for (const value of values ?? []) {
    if (allowed.includes(value)) continue;
    const close = closestMatches(value, allowed, 3);
    const hint = close.length > 0 ? ` (did you mean ${close.map((match) => `"${match}"`).join(', ')}?)` : '';
    const choices = allowed.length <= 13 ? `; choose from: ${allowed.join(', ')}` : '';
    throw new UsageError(`${flag}: unknown ${what} "${value}"${hint}${choices}`);
  }
}

/** Checks every filter value against the schema's enums and the workspace's ids. */
export function validateFilters(filters: ClaimFilters, known: { stories: Iterable<string>; sources: Iterable<string> }): void {
  requireKnown('--story', filters.story, known.stories, 'story');
  requireKnown('--status', filters.status, STATUSES, 'status');
  requireKnown('--type', filters.type, CLAIM_TYPES, 'claim type');
  requireKnown('--source', filters.source, known.sources, 'source');
  requireKnown(
    '--likelihood',
    filters.likelihood,
    LIKELIHOODS.map((entry) => entry.term),
    'likelihood',
  );
}

export function matchesFilters(view: ClaimView, filters: ClaimFilters): boolean {
  const any = (wanted: string[] | undefined, actual: readonly string[]) =>
    wanted === undefined || wanted.length === 0 || wanted.some((value) => actual.includes(value));
  return (
    any(filters.story, [view.storyId]) &&
    any(filters.status, [view.claim.status]) &&
    any(filters.type, [view.claim.type]) &&
    any(filters.likelihood, [view.claim.confidence.likelihood]) &&
    any(filters.tag, view.claim.tags ?? []) &&
    any(filters.source, sourceIdsOf(view))
  );
}

const SORT_KEYS: Readonly<Record<SortField, (view: ClaimView) => string | number>> = {
  id: (view) => view.id,
  story: (view) => view.storyId,
  type: (view) => typeRank(view.claim.type),
  status: (view) => statusRank(view.claim.status),
  likelihood: (view) => likelihoodRank(view.claim.confidence.likelihood),
  credibility: (view) => view.grade.credibility,
};

/** Sorted by the field (then by id, so equal keys keep one fixed order); `reverse` flips the field's order only. */
export function sortClaims(views: readonly ClaimView[], field: SortField, reverse = false): ClaimView[] {
  const key = SORT_KEYS[field];
  const direction = reverse ? -1 : 1;
  return [...views].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const byKey = typeof x === 'number' && typeof y === 'number' ? x - y : compareText(String(x), String(y));
    return direction * byKey || compareText(a.id, b.id);
  });
}
