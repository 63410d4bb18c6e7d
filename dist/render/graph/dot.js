import { inertCommands, TEXT_BREAK } from '../encode/runner-commands.js';
import { terminalSafeLine } from '../encode/terminal.js';
import { nodeIds } from './node-ids.js';
/** A DOT double-quoted string: controls and bidi characters shown as escapes, `\` and `"` backslash-escaped, one line. */
export function dotString(text) {
    const visible = terminalSafeLine(text);
    return `"${visible.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}
const EDGE_STYLE = {
    relay: 'color="#2f5597"',
    attribution: 'color="#2f5597"',
    evidence: 'color="#1e6b37", style=bold',
    derivation: 'color="#555555", style=dashed',
    contradiction: 'color="#b3261e", style=dotted, dir=none, constraint=false',
};
/**
 * The provenance graph as Graphviz DOT: left to right, sources in one cluster, claims clustered by the source
 * they rest on. A runner command opener `##[` in a label is written `#\#[`, which Graphviz shows as `##[`.
 */
export function renderDot(graph) {
    const ids = nodeIds([
        ...graph.sources.map((node) => node.key),
        ...graph.groups.flatMap((group) => [group.key, ...group.claims.map((node) => node.key)]),
    ]);
    const id = (key) => dotString(ids.get(key));
    const lines = [
        'digraph provenance {',
        '  rankdir=LR;',
        '  graph [fontname="Helvetica", fontsize=10, nodesep=0.15, ranksep=1.2];',
        '  node [fontname="Helvetica", fontsize=10, shape=box, style="rounded,filled", fillcolor="#ffffff", color="#555555"];',
        '  edge [fontname="Helvetica", fontsize=8];',
    ];
    if (graph.sources.length > 0) {
        lines.push('  subgraph cluster_sources {', '    label="Sources";');
        for (const node of graph.sources) {
            const style = node.source.anonymous ? 'style="dashed,filled", fillcolor="#fdf3e7"' : 'style="filled", fillcolor="#eef3fb"';
            lines.push(`    ${id(node.key)} [label=${dotString(node.label)}, shape=ellipse, ${style}];`);
        }
        lines.push('  }');
    }
    for (const group of graph.groups) {
        lines.push(`  subgraph ${dotString(`cluster_${ids.get(group.key)}`)} {`, `    label=${dotString(group.label)};`);
        for (const node of group.claims)
            lines.push(`    ${id(node.key)} [label=${dotString(node.label)}, tooltip=${dotString(`${node.claim.id}: ${node.claim.claim.statement}`)}];`);
        lines.push('  }');
    }
    for (const edge of graph.edges)
        lines.push(`  ${id(edge.from)} -> ${id(edge.to)} [label=${dotString(edge.label)}, ${EDGE_STYLE[edge.kind]}];`);
    lines.push('}');
    return inertCommands(`${lines.join('\n')}\n`, TEXT_BREAK);
}
