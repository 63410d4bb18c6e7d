import type { Claim, Evidence } from '../model/records.js';
import type { Workspace } from '../load/workspace.js';

/** One line of support for a claim, traced to where it started. */
export interface OriginLine {
  /** The source the information started with: an attribution's source, or an evidence item's origin. */
  origin: string;
  /** `attribution` or `evidence`, and the index in that list. */
  from: 'attribution' | 'evidence';
  index: number;
}

/** Evidence types that are the thing itself rather than someone's account of it. */
const PRIMARY_EVIDENCE: ReadonlySet<Evidence['type']> = new Set(['document', 'recording', 'dataset', 'observation']);

/**
 * The origin of each attribution chain (its first source: `via` lists only the relays after it) and of
 * each supporting evidence item with an `origin`. Ten outlets relaying one wire story share one origin.
 */
export function originLines(claim: Claim): OriginLine[] {
  const lines: OriginLine[] = claim.attribution.map((attribution, index) => ({
    origin: attribution.source,
    from: 'attribution' as const,
    index,
  }));
  (claim.evidence ?? []).forEach((evidence, index) => {
    if (evidence.relation === 'supports' && evidence.origin !== undefined) lines.push({ origin: evidence.origin, from: 'evidence', index });
  });
  return lines;
}

/** Distinct origins, sorted. */
export function independentOrigins(claim: Claim): string[] {
  return [...new Set(originLines(claim).map((line) => line.origin))].sort();
}

export function hasPrimaryEvidence(claim: Claim): boolean {
  return (claim.evidence ?? []).some((evidence) => evidence.relation === 'supports' && PRIMARY_EVIDENCE.has(evidence.type));
}

export function hasSupportingEvidence(claim: Claim): boolean {
  return (claim.evidence ?? []).some((evidence) => evidence.relation === 'supports');
}

/** A valid source with no name is anonymous; an unknown or invalid one is not judged (ref/unresolved or schema reports it). */
export function isAnonymous(workspace: Workspace, sourceId: string): boolean {
  const source = workspace.sources.get(sourceId);
  return source !== undefined && source.valid && source.value.name === undefined;
}

/** True when every attribution starts with an anonymous source and no evidence supports the claim. */
export function restsOnlyOnAnonymous(workspace: Workspace, claim: Claim): boolean {
  return (
    claim.attribution.length > 0 &&
    !hasSupportingEvidence(claim) &&
    claim.attribution.every((attribution) => isAnonymous(workspace, attribution.source))
  );
}
