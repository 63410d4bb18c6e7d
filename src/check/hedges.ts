const matchers = new WeakMap<readonly string[], RegExp>();

/** The first hedge word or phrase in the text, matched case-insensitively on word boundaries. */
export function findHedge(text: string, hedges: readonly string[]): string | undefined {
  let matcher = matchers.get(hedges);
  if (!matcher) {
    // Longest first, so "appeared to" wins over a shorter hedge at the same place.
    const alternatives = [...hedges].sort((a, b) => b.length - a.length).map(escapeRegExp);
    matcher = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    matchers.set(hedges, matcher);
  }
  return matcher.exec(text)?.[0];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
