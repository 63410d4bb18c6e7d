import { compareText } from '../model/diagnostic.js';
import type { ClaimView, SourceView } from './claim-view.js';
import { sourceLabel } from './labels.js';

export interface SourceNode {
  key: string;
  source: SourceView;
  /** Column: 0 for an origin, n for the n-th relay of a chain; the largest position the source takes anywhere. */
  depth: number;
  label: string;
}

export interface ClaimNode {
  key: string;
  claim: ClaimView;
  label: string;
}

/** Claims grouped by the source they first rest on (the Admiralty grade's source); `source` undefined: the story's own. */
export interface ClaimGroup {
  key: string;
  source: SourceView | undefined;
  label: string;
  claims: ClaimNode[];
}

export type EdgeKind = 'attribution' | 'relay' | 'evidence' | 'derivation' | 'contradiction';

export interface GraphEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  label: string;
}

/** The provenance graph: sources (origins and relays), claims grouped by origin, and the edges between them. */
export interface ProvenanceGraph {
  sources: SourceNode[];
  groups: ClaimGroup[];
  edges: GraphEdge[];
}

const EDGE_ORDER: readonly EdgeKind[] = ['relay', 'attribution', 'evidence', 'derivation', 'contradiction'];
export const OWN_ASSERTIONS = "the story's own assertions";

/** Builds the graph of the given claims (in story order); edges to claims outside the set are left out. */
export function provenanceGraph(claims: readonly ClaimView[], labelLength = 48): ProvenanceGraph {
  const claimKey = (id: string) => `claim:${id}`;
  const sourceKey = (id: string) => `source:${id}`;
  const sources = new Map<string, SourceNode>();
  const edges = new Map<string, GraphEdge>();
  const addSource = (source: SourceView, depth: number) => {
    const node = sources.get(source.id);
    if (node) node.depth = Math.max(node.depth, depth);
    else sources.set(source.id, { key: sourceKey(source.id), source, depth, label: shorten(sourceLabel(source), 40) });
  };
  const addEdge = (edge: GraphEdge) => edges.set(`${edge.kind}\u0000${edge.from}\u0000${edge.to}\u0000${edge.label}`, edge);
  const inGraph = new Set(claims.map((view) => view.id));

  for (const view of claims) {
    for (const attribution of view.attributions) {
      const chain = [attribution.source, ...attribution.via];
      chain.forEach((source, depth) => addSource(source, depth));
      for (let i = 0; i + 1 < chain.length; i++)
        addEdge({
          from: sourceKey(chain[i]!.id),
          to: sourceKey(chain[i + 1]!.id),
          kind: 'relay',
          label: attribution.via[i]!.inferred ? 'via (inferred)' : 'via',
        });
      addEdge({ from: sourceKey(chain.at(-1)!.id), to: claimKey(view.id), kind: 'attribution', label: attribution.relation });
    }
    for (const evidence of view.evidence) {
      if (!evidence.origin) continue;
      addSource(evidence.origin, 0);
      addEdge({ from: sourceKey(evidence.origin.id), to: claimKey(view.id), kind: 'evidence', label: `evidence (${evidence.relation})` });
    }
    for (const parent of view.derivedFrom)
      if (inGraph.has(parent)) addEdge({ from: claimKey(parent), to: claimKey(view.id), kind: 'derivation', label: 'derived' });
    for (const other of view.contradicts) {
      if (!inGraph.has(other)) continue;
      const [a, b] = [view.id, other].sort(compareText);
      addEdge({ from: claimKey(a!), to: claimKey(b!), kind: 'contradiction', label: 'contradicts' });
    }
  }

  const firstSeen = [...sources.keys()];
  const sourceNodes = [...sources.values()].sort(
    (a, b) => a.depth - b.depth || firstSeen.indexOf(a.source.id) - firstSeen.indexOf(b.source.id),
  );
  const groups = groupClaims(claims, sourceNodes, claimKey, labelLength);
  const sortedEdges = [...edges.values()].sort(
    (a, b) =>
      EDGE_ORDER.indexOf(a.kind) - EDGE_ORDER.indexOf(b.kind) ||
      compareText(a.from, b.from) ||
      compareText(a.to, b.to) ||
      compareText(a.label, b.label),
  );
  return { sources: sourceNodes, groups, edges: sortedEdges };
}

function groupClaims(
  claims: readonly ClaimView[],
  sources: readonly SourceNode[],
  claimKey: (id: string) => string,
  labelLength: number,
): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  for (const view of claims) {
    const source = view.grade.reliabilitySource;
    const id = source?.id ?? '';
    const group = groups.get(id) ?? {
      key: `group:${id}`,
      source,
      label: source ? shorten(`from ${sourceLabel(source)}`, 52) : OWN_ASSERTIONS,
      claims: [],
    };
    group.claims.push({ key: claimKey(view.id), claim: view, label: shorten(view.claim.summary ?? view.claim.statement, labelLength) });
    groups.set(id, group);
  }
  const order = (group: ClaimGroup) =>
    group.source ? sources.findIndex((node) => node.source.id === group.source!.id) : Number.MAX_SAFE_INTEGER;
  return [...groups.values()].sort((a, b) => order(a) - order(b));
}

/** One line, at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length <= max
    ? line
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
