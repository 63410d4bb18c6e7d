/** A span of the text that matches the pattern with `distance` edits. */
export interface ApproximateMatch {
  start: number;
  end: number;
  distance: number;
}

/**
 * Every best end position where `pattern` occurs in `text` with at most `maxDistance` edits (Sellers'
 * semi-global edit distance with Ukkonen's cut-off, so the cost is about O(maxDistance × text length)).
 * Each match also carries where it starts, tracked through the dynamic programme.
 */
export function findApproximate(text: string, pattern: string, maxDistance: number): ApproximateMatch[] {
  const m = pattern.length;
  if (m === 0) return [];
  let cost = Array.from({ length: m + 1 }, (_, i) => i);
  let start = new Array<number>(m + 1).fill(0);
  let lastActive = Math.min(maxDistance, m);
  const matches: ApproximateMatch[] = [];
  for (let j = 1; j <= text.length; j++) {
    const nextCost = [0];
    const nextStart = [j];
    const char = text[j - 1];
    const limit = Math.min(m, lastActive + 1);
    for (let i = 1; i <= limit; i++) {
      const substitute = (cost[i - 1] ?? Infinity) + (pattern[i - 1] === char ? 0 : 1);
      const insert = (cost[i] ?? Infinity) + 1;
      const remove = (nextCost[i - 1] ?? Infinity) + 1;
      let best = substitute;
      let from = start[i - 1] ?? j;
      if (remove < best) {
        best = remove;
        from = nextStart[i - 1] ?? j;
      }
      if (insert < best) {
        best = insert;
        from = start[i] ?? j;
      }
      nextCost[i] = best;
      nextStart[i] = from;
    }
    for (let i = limit + 1; i <= m; i++) {
      nextCost[i] = maxDistance + 1;
      nextStart[i] = j;
    }
    lastActive = limit;
    while (lastActive > 0 && (nextCost[lastActive] ?? Infinity) > maxDistance) lastActive--;
    cost = nextCost;
    start = nextStart;
    const distance = cost[m] ?? Infinity;
    if (distance <= maxDistance) matches.push({ start: start[m] ?? 0, end: j, distance });
  }
  return keepLocalBest(matches);
}

/** Overlapping candidate ends describe one occurrence; keep the best of each overlapping run. */
function keepLocalBest(matches: ApproximateMatch[]): ApproximateMatch[] {
  const kept: ApproximateMatch[] = [];
  for (const match of matches) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) {
      if (match.distance < last.distance) kept[kept.length - 1] = match;
      continue;
    }
    kept.push(match);
  }
  return kept;
}

/** 1 for equal strings, falling towards 0 as edits grow relative to the longer length. */
export function similarity(a: string, distance: number, b: string): number {
  const longest = Math.max(a.length, b.length, 1);
  return Math.max(0, 1 - distance / longest);
}
