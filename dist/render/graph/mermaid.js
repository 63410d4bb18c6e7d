import { terminalSafeLine } from '../encode/terminal.js';
import { nodeIds } from './node-ids.js';
/**
 * A Mermaid label: controls and bidi characters shown as escapes, then every character that could end the
 * quoted string or be read as markup (`" # & < > \` | [ ] { }`, backslash) as a `#code;` entity.
 */
export function mermaidLabel(text) {
    const visible = terminalSafeLine(text);
    return `"${visible.replace(/[^\p{L}\p{N} ,.;:!?'’()/+*=%_~–—…-]/gu, (char) => `#${char.codePointAt(0)};`)}"`;
}
/** The provenance graph as a Mermaid flowchart: sources on the left, claims grouped by the source they rest on. */
export function renderMermaid(graph) {
    const ids = nodeIds([
        ...graph.sources.map((node) => node.key),
        ...graph.groups.flatMap((group) => [group.key, ...group.claims.map((node) => node.key)]),
    ]);
    const id = (key) => ids.get(key);
    const lines = ['flowchart LR'];
    if (graph.sources.length > 0) {
        lines.push('  subgraph sources["Sources"]', '    direction TB');
        for (const node of graph.sources)
            lines.push(`    ${id(node.key)}([${mermaidLabel(node.label)}])`);
        lines.push('  end');
    }
    for (const group of graph.groups) {
        lines.push(`  subgraph ${id(group.key)}[${mermaidLabel(group.label)}]`, '    direction TB');
        for (const node of group.claims)
            lines.push(`    ${id(node.key)}[${mermaidLabel(node.label)}]`);
        lines.push('  end');
    }
    const contradictions = [];
    graph.edges.forEach((edge, index) => {
        const arrow = edge.kind === 'derivation' ? '-.->' : edge.kind === 'contradiction' ? '-.-' : '-->';
        if (edge.kind === 'contradiction')
            contradictions.push(index);
        lines.push(`  ${id(edge.from)} ${arrow}|${mermaidLabel(edge.label)}| ${id(edge.to)}`);
    });
    const anonymous = graph.sources.filter((node) => node.source.anonymous).map((node) => id(node.key));
    lines.push('  classDef source fill:#eef3fb,stroke:#2f5597,color:#111111');
    lines.push('  classDef anonymous fill:#fdf3e7,stroke:#8a4b00,color:#111111,stroke-dasharray:4 3');
    lines.push('  classDef claim fill:#ffffff,stroke:#555555,color:#111111');
    const named = graph.sources.filter((node) => !node.source.anonymous).map((node) => id(node.key));
    if (named.length > 0)
        lines.push(`  class ${named.join(',')} source`);
    if (anonymous.length > 0)
        lines.push(`  class ${anonymous.join(',')} anonymous`);
    const claims = graph.groups.flatMap((group) => group.claims.map((node) => id(node.key)));
    if (claims.length > 0)
        lines.push(`  class ${claims.join(',')} claim`);
    if (contradictions.length > 0)
        lines.push(`  linkStyle ${contradictions.join(',')} stroke:#b3261e,stroke-width:2px`);
    return `${lines.join('\n')}\n`;
}
