import { UsageError } from '../model/exit.js';
import { LIKELIHOODS } from '../model/scales.js';
import { closestMatches } from '../model/suggest.js';
import { CLAIM_TYPES, STATUSES } from '../views/enums.js';
/** Throws a usage error naming the first value that is not one of `known`, with the closest ones. */
export function requireKnown(flag, values, known, what = 'value') {
    const allowed = [...known];
    for (const value of values ?? []) {
        if (allowed.includes(value))
            continue;
        const close = closestMatches(value, allowed, 3);
        const hint = close.length > 0 ? ` (did you mean ${close.map((match) => `"${match}"`).join(', ')}?)` : '';
        const choices = allowed.length <= 13 ? `; choose from: ${allowed.join(', ')}` : '';
        throw new UsageError(`${flag}: unknown ${what} "${value}"${hint}${choices}`);
    }
}
/** Checks every filter value against the schema's enums and the workspace's ids. */
export function validateFilters(filters, known) {
    requireKnown('--story', filters.story, known.stories, 'story');
    requireKnown('--status', filters.status, STATUSES, 'status');
    requireKnown('--type', filters.type, CLAIM_TYPES, 'claim type');
    requireKnown('--source', filters.source, known.sources, 'source');
    requireKnown('--likelihood', filters.likelihood, LIKELIHOODS.map((entry) => entry.term), 'likelihood');
}
