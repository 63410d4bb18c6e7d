import type { ContradictsEntry, ViaLink } from './records.js';

/** The Source id of a relay, whichever form it is written in. */
export function viaSource(link: ViaLink): string {
  return typeof link === 'string' ? link : link.source;
}

/** A relay written as a bare id is one the story states. */
export function viaCertainty(link: ViaLink): 'stated' | 'inferred' {
  return typeof link === 'string' ? 'stated' : link.certainty;
}

/** The Claim id a `contradicts` entry names. */
export function contradictsClaim(entry: ContradictsEntry): string {
  return typeof entry === 'string' ? entry : entry.claim;
}

/** A bare id, or an entry without `kind`, is a contradiction: both claims cannot be true. */
export function contradictsKind(entry: ContradictsEntry): 'contradiction' | 'competing' {
  return typeof entry === 'string' ? 'contradiction' : (entry.kind ?? 'contradiction');
}

export function contradictsNote(entry: ContradictsEntry): string | undefined {
  return typeof entry === 'string' ? undefined : entry.note;
}
