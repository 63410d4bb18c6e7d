import { escapeHtml, htmlAttr } from '../encode/html.js';
import { terminalSafe } from '../encode/terminal.js';
import { sourceWithKind } from '../../views/labels.js';
import { layoutGraph, METRICS } from './layout.js';
/** SVG text content: one line, controls made visible, entity-encoded (SVG text takes no `<bdi>`). */
function svgText(text) {
    return escapeHtml(terminalSafe(text.replace(/\s+/g, ' ')));
}
/**
 * The provenance graph as inline SVG for the HTML report, laid out by `layoutGraph`. Claims link to their
 * table rows (`#claim-<id>`); every node and edge has a `<title>` with the full text.
 */
export function renderSvg(graph, options) {
    const layout = layoutGraph(graph);
    const p = options.idPrefix;
    const names = new Map([
        ...graph.sources.map((node) => [node.key, sourceWithKind(node.source)]),
        ...graph.groups.flatMap((group) => group.claims.map((node) => [node.key, node.claim.id])),
    ]);
    const parts = [
        `<svg xmlns="http://www.w3.org/2000/svg" class="graph" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="group" aria-labelledby="${p}-title">`,
        `<title id="${p}-title">${svgText(options.title)}</title>`,
        `<defs>${['relay', 'attribution', 'evidence', 'derivation', 'contradiction'].map((kind) => `<marker id="${p}-arrow-${kind}" class="arrow ${kind}" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L8,4 L0,8 z"/></marker>`).join('')}</defs>`,
        '<g class="edges">',
        ...graph.edges.map((edge) => edgePath(edge, layout, p, `${names.get(edge.from) ?? edge.from} → ${names.get(edge.to) ?? edge.to}: ${edge.label}`)),
        '</g>',
        '<g class="headings">',
        ...graph.groups.map((group) => {
            const at = layout.headings.get(group.key);
            return `<text class="group-heading" x="${at.x}" y="${at.y}">${svgText(group.label)}</text>`;
        }),
        '</g>',
        '<g class="sources">',
        ...graph.sources.map((node) => {
            const box = layout.boxes.get(node.key);
            const kind = node.source.anonymous ? 'source anonymous' : 'source';
            return `<g class="node ${kind}"><title>${svgText(sourceWithKind(node.source))}</title>${rect(box, 10)}${label(box, node.label)}</g>`;
        }),
        '</g>',
        '<g class="claims">',
        ...graph.groups.flatMap((group) => group.claims.map((node) => {
            const box = layout.boxes.get(node.key);
            const view = node.claim;
            return `<a class="node claim status-${htmlAttr(view.claim.status)}" href="#claim-${htmlAttr(view.id)}" data-claim="${htmlAttr(view.id)}"><title>${svgText(`${view.id} (${view.claim.type}, ${view.claim.status}): ${view.claim.statement}`)}</title>${rect(box, 3)}${label(box, node.label)}</a>`;
        })),
        '</g>',
        '</svg>',
    ];
    return parts.join('\n');
}
function rect(box, radius) {
    return `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="${radius}"/>`;
}
function label(box, text) {
    return `<text x="${box.x + 8}" y="${box.y + box.height / 2 + 4}">${svgText(text)}</text>`;
}
/** Source edges run right from the source's box to the target's left side; claim-to-claim edges arc out to the right of the claim column. */
function edgePath(edge, layout, prefix, title) {
    const from = layout.boxes.get(edge.from);
    const to = layout.boxes.get(edge.to);
    if (!from || !to)
        return '';
    const fromY = from.y + from.height / 2;
    const toY = to.y + to.height / 2;
    let d;
    if (edge.kind === 'derivation' || edge.kind === 'contradiction') {
        const x = layout.claimsRight;
        const reach = Math.min(METRICS.arcRoom - 12, 16 + Math.abs(toY - fromY) / 6);
        d = `M${x},${fromY} C${x + reach},${fromY} ${x + reach},${toY} ${x},${toY}`;
    }
    else {
        const startX = from.x + from.width;
        const bend = Math.max(30, (to.x - startX) / 2);
        d = `M${startX},${fromY} C${startX + bend},${fromY} ${to.x - bend},${toY} ${to.x},${toY}`;
    }
    const marker = edge.kind === 'contradiction' ? '' : ` marker-end="url(#${prefix}-arrow-${edge.kind})"`;
    return `<path class="edge ${edge.kind}" d="${d}"${marker}><title>${svgText(title)}</title></path>`;
}
