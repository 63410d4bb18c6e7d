import type { NumberedSentence } from '../views/sentences.js';

/** A numbered sentence with the claims anchored in it. */
export interface SentenceWithClaims extends NumberedSentence {
  /** Ids of the claims whose resolved anchor overlaps the sentence, in the order their anchors start (then by id). */
  claims: string[];
}

/** Where a claim's anchor resolved to in the story text (UTF-16 offsets, end exclusive). */
export interface AnchoredSpan {
  id: string;
  start: number;
  end: number;
}

/**
 * Each sentence with the ids of the claims whose anchor overlaps it, as coverage counts a sentence
 * covered: an anchor spanning two sentences is listed in both. Anchors that did not resolve to one place
 * (not found, ambiguous) are in no sentence.
 */
export function sentencesWithClaims(sentences: readonly NumberedSentence[], spans: readonly AnchoredSpan[]): SentenceWithClaims[] {
  const ordered = [...spans].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sentences.map((sentence) => ({
    ...sentence,
    claims: ordered
      .filter((span) => span.start < sentence.end && span.end > sentence.start)
      .map((span) => span.id)
      .filter((id, index, ids) => ids.indexOf(id) === index),
  }));
}
