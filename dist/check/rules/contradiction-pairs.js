/**
 * Each pair of valid claims where one lists the other under `contradicts`, once, from the first claim
 * (in file order) that lists the other, with the index of that entry. Self-references and ids that
 * resolve to nothing are skipped (ref/unresolved reports those).
 */
export function* contradictingPairs(workspace) {
    const seen = new Set();
    for (const claim of workspace.valid('Claim')) {
        for (const [index, otherId] of (claim.value.contradicts ?? []).entries()) {
            const other = workspace.claims.get(otherId);
            if (!other?.valid || other === claim)
                continue;
            const pair = [claim.value.id, otherId].sort().join('\u0000');
            if (seen.has(pair))
                continue;
            seen.add(pair);
            yield { claim, other, index };
        }
    }
}
