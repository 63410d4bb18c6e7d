/** Evidence types that are the thing itself rather than someone's account of it. */
const PRIMARY_EVIDENCE = new Set(['document', 'recording', 'dataset', 'observation']);
/**
 * The origin of each attribution chain (its first source: `via` lists only the relays after it) and of
 * each supporting evidence item with an `origin`. Ten outlets relaying one wire story share one origin.
 */
export function originLines(claim) {
    const lines = claim.attribution.map((attribution, index) => ({
        origin: attribution.source,
        from: 'attribution',
        index,
    }));
    (claim.evidence ?? []).forEach((evidence, index) => {
        if (evidence.relation === 'supports' && evidence.origin !== undefined)
            lines.push({ origin: evidence.origin, from: 'evidence', index });
    });
    return lines;
}
/** Distinct origins, sorted. */
export function independentOrigins(claim) {
    return [...new Set(originLines(claim).map((line) => line.origin))].sort();
}
export function hasPrimaryEvidence(claim) {
    return (claim.evidence ?? []).some((evidence) => evidence.relation === 'supports' && PRIMARY_EVIDENCE.has(evidence.type));
}
export function hasSupportingEvidence(claim) {
    return (claim.evidence ?? []).some((evidence) => evidence.relation === 'supports');
}
/** A valid source with no name is anonymous; an unknown or invalid one is not judged (ref/unresolved or schema reports it). */
export function isAnonymous(workspace, sourceId) {
    const source = workspace.sources.get(sourceId);
    return source !== undefined && source.valid && source.value.name === undefined;
}
/** True when every attribution starts with an anonymous source and no evidence supports the claim. */
export function restsOnlyOnAnonymous(workspace, claim) {
    return (claim.attribution.length > 0 &&
        !hasSupportingEvidence(claim) &&
        claim.attribution.every((attribution) => isAnonymous(workspace, attribution.source)));
}
