import { howText, sourceWithKind } from '../../views/labels.js';
/**
 * The provenance graph as plain text lines for the terminal: each source with the claims resting on it
 * (and how), then derivations and contradictions. The caller makes the lines terminal-safe.
 */
export function provenanceLines(graph) {
    const lines = [];
    const claimId = (key) => key.slice('claim:'.length);
    for (const group of graph.groups) {
        lines.push(group.source ? sourceWithKind(group.source) : `${group.label}:`);
        for (const node of group.claims) {
            const view = node.claim;
            const first = group.source ? view.attributions.find((attribution) => attribution.source.id === group.source.id) : undefined;
            const how = first ? howText(first) : group.source ? 'evidence origin' : view.claim.type;
            lines.push(`  → ${view.id} (${how})`);
        }
    }
    const derivations = graph.edges.filter((edge) => edge.kind === 'derivation');
    if (derivations.length > 0)
        lines.push('Derived claims (from → to):', ...derivations.map((edge) => `  ${claimId(edge.from)} → ${claimId(edge.to)}`));
    const contradictions = graph.edges.filter((edge) => edge.kind === 'contradiction');
    if (contradictions.length > 0)
        lines.push('Contradictions:', ...contradictions.map((edge) => `  ${claimId(edge.from)} ↔ ${claimId(edge.to)}`));
    return lines;
}
