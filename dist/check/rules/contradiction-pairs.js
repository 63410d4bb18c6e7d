import { contradictsClaim, contradictsKind, contradictsNote } from '../../model/links.js';
/**
 * Each pair of valid claims where one lists the other under `contradicts`, once, from the first claim
 * (in file order) that lists the other, with the index of that entry and the kind of tension it names.
 * Self-references and ids that resolve to nothing are skipped (ref/unresolved reports those).
 */
export function* contradictingPairs(workspace) {
    const seen = new Set();
    for (const claim of workspace.valid('Claim')) {
        for (const [index, entry] of (claim.value.contradicts ?? []).entries()) {
            const otherId = contradictsClaim(entry);
            const other = workspace.claims.get(otherId);
            if (!other?.valid || other === claim)
                continue;
            const pair = [claim.value.id, otherId].sort().join('\u0000');
            if (seen.has(pair))
                continue;
            seen.add(pair);
            yield { claim, other, index, kind: contradictsKind(entry), note: contradictsNote(entry) };
        }
    }
}
/** How a pair's messages name the tension between them. */
export const TENSION = { contradiction: 'contradict each other', competing: 'compete as explanations of one thing' };
/**
 * A pair, seen from each of its claims: the claim that lists the other is reported at that entry, the
 * other at `otherAt` of its own record. Each side's message names the claim it is on first.
 */
export function bothSides(pair, otherAt) {
    return [
        { record: pair.claim, at: ['contradicts', pair.index], self: pair.claim, partner: pair.other },
        { record: pair.other, at: otherAt, self: pair.other, partner: pair.claim },
    ];
}
