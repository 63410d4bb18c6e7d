export const METRICS = {
    row: 24,
    boxHeight: 20,
    groupGap: 14,
    heading: 20,
    sourceWidth: 230,
    columnGap: 60,
    claimWidth: 360,
    arcRoom: 170,
    margin: 10,
};
/**
 * Columns left to right: origin sources, relays (by their furthest position in a chain), then claims in
 * groups. Claims stack in group order; each source column is then placed, right to left, near the mean
 * height of what it points to, pushed down where boxes would overlap.
 */
export function layoutGraph(graph) {
    const m = METRICS;
    const depths = Math.max(0, ...graph.sources.map((node) => node.depth + 1));
    const claimsX = m.margin + depths * (m.sourceWidth + m.columnGap);
    const boxes = new Map();
    const headings = new Map();
    let y = m.margin;
    for (const group of graph.groups) {
        headings.set(group.key, { x: claimsX, y: y + m.heading - 6 });
        y += m.heading;
        for (const node of group.claims) {
            boxes.set(node.key, { x: claimsX, y, width: m.claimWidth, height: m.boxHeight });
            y += m.row;
        }
        y += m.groupGap;
    }
    let bottom = y;
    for (let depth = depths - 1; depth >= 0; depth--) {
        const column = graph.sources.filter((node) => node.depth === depth);
        const wanted = column.map((node, order) => ({ node, order, y: meanTargetY(graph, boxes, node.key) ?? m.margin + order * m.row }));
        wanted.sort((a, b) => a.y - b.y || a.order - b.order);
        let next = m.margin + m.heading;
        for (const { node, y: target } of wanted) {
            const top = Math.max(next, target);
            boxes.set(node.key, { x: m.margin + depth * (m.sourceWidth + m.columnGap), y: top, width: m.sourceWidth, height: m.boxHeight });
            next = top + m.row;
        }
        bottom = Math.max(bottom, next);
    }
    return { width: claimsX + m.claimWidth + m.arcRoom, height: bottom + m.margin, boxes, headings, claimsRight: claimsX + m.claimWidth };
}
/** The mean top of the already placed nodes a source's edges point to. */
function meanTargetY(graph, boxes, key) {
    const tops = graph.edges
        .filter((edge) => edge.from === key)
        .map((edge) => boxes.get(edge.to)?.y)
        .filter((top) => top !== undefined);
    return tops.length === 0 ? undefined : tops.reduce((sum, top) => sum + top, 0) / tops.length;
}
