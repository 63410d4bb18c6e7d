import { viaCertainty, viaSource } from '../model/links.js';
import { EVIDENCE_READS, evidenceOf } from './evidence.js';
/** What tracing origins takes: rules that call `originLines` or `independentOrigins` declare these. */
export const ORIGIN_READS = {
    Claim: ['attribution[].source', 'attribution[].via', ...EVIDENCE_READS.Claim],
    Evidence: EVIDENCE_READS.Evidence,
    Source: ['type'],
};
/** Source types that are material rather than someone's account: only custody makes them an origin of their own. */
const MATERIAL_SOURCES = new Set(['recording', 'document']);
/** Evidence types that are the thing itself rather than someone's account of it. */
const PRIMARY_EVIDENCE = new Set(['document', 'recording', 'dataset', 'observation']);
function isMaterial(workspace, sourceId) {
    const source = workspace.sources.get(sourceId);
    return source !== undefined && source.valid && MATERIAL_SOURCES.has(source.value.type);
}
/**
 * The origin of each attribution chain (its first source: `via` lists only the relays after it) and of
 * each supporting evidence item with an `origin`. Ten outlets relaying one wire story share one origin.
 *
 * Independence goes through custody. A recording or document the desk does not hold is known only from
 * whoever relayed it: an attribution to it through relays has as origin its first relay the story states
 * (else its first relay), and unheld
 * evidence that comes from one adds no origin of its own. So audio published by one outlet, attributed
 * to the audio via that outlet and to the outlet itself, is one origin, not two; with the audio held, two.
 */
export function originLines(workspace, claim) {
    const evidence = evidenceOf(workspace, claim);
    const held = new Set(evidence.flatMap((entry) => (entry.custody === 'held' && entry.item.origin !== undefined ? [entry.item.origin] : [])));
    const unheldMaterial = (sourceId) => isMaterial(workspace, sourceId) && !held.has(sourceId);
    const lines = claim.attribution.map((attribution, index) => {
        const via = attribution.via ?? [];
        // A relay the desk only inferred (the leaker behind an outlet) handed the material on; the first the story names gave the account.
        const accountGiver = via.find((link) => viaCertainty(link) === 'stated') ?? via[0];
        if (accountGiver !== undefined && unheldMaterial(attribution.source)) {
            return { origin: viaSource(accountGiver), from: 'attribution', index, collapsedFrom: attribution.source };
        }
        return { origin: attribution.source, from: 'attribution', index };
    });
    const attributed = new Set(claim.attribution.map((attribution) => attribution.source));
    for (const entry of evidence) {
        const origin = entry.item.origin;
        if (entry.relation !== 'supports' || origin === undefined || unheldMaterial(origin))
            continue;
        // Evidence from a source the claim is attributed to is the record of that attribution (their statement, the desk's copy of
        // the recording), not a second line of support: the origin is counted once, and nothing is circular.
        if (attributed.has(origin))
            continue;
        lines.push({ origin, from: 'evidence', index: entry.index });
    }
    return lines;
}
/** Distinct origins, sorted. */
export function independentOrigins(workspace, claim) {
    return [...new Set(originLines(workspace, claim).map((line) => line.origin))].sort();
}
/** Supporting evidence the desk holds that is the thing itself (a document, a recording, a dataset, an observation). */
export function hasPrimaryEvidence(workspace, claim) {
    return evidenceOf(workspace, claim).some((entry) => entry.relation === 'supports' && entry.custody === 'held' && PRIMARY_EVIDENCE.has(entry.item.type));
}
/** Supporting evidence the desk holds a copy of. */
export function hasHeldSupport(workspace, claim) {
    return evidenceOf(workspace, claim).some((entry) => entry.relation === 'supports' && entry.custody === 'held');
}
/** Any evidence entry that supports the claim, held or not, resolved or not: the claim cites something. */
export function citesSupport(claim) {
    return (claim.evidence ?? []).some((entry) => entry.relation === 'supports');
}
/** A valid source with no name is anonymous; an unknown or invalid one is not judged (ref/unresolved or schema reports it). */
export function isAnonymous(workspace, sourceId) {
    const source = workspace.sources.get(sourceId);
    return source !== undefined && source.valid && source.value.name === undefined;
}
/** True when every attribution starts with an anonymous source and no evidence supports the claim. */
export function restsOnlyOnAnonymous(workspace, claim) {
    return (claim.attribution.length > 0 &&
        !citesSupport(claim) &&
        claim.attribution.every((attribution) => isAnonymous(workspace, attribution.source)));
}
