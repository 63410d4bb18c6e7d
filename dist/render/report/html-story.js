import { splitSentences } from '../../check/anchor/sentences.js';
import { compareText } from '../../model/diagnostic.js';
import { htmlAttr, htmlStoryText } from '../encode/html.js';
import { groupBy } from '../../model/group-by.js';
/**
 * The story text, line by line, with every resolved anchor highlighted as a link to its table row.
 * Anchors overlap, and links cannot nest, so the text is cut at every anchor boundary: each piece links
 * to the narrowest claim covering it, lists all of them in `data-claims`, and is shaded by how many cover
 * it. A claim left with no piece of its own (wholly covered by narrower ones) gets a small marker link.
 */
export function storyTextHtml(text, claims) {
    const spans = claims.flatMap((view) => view.anchor.start !== undefined && view.anchor.end !== undefined && view.anchor.end > view.anchor.start
        ? [{ id: view.id, start: view.anchor.start, end: view.anchor.end }]
        : []);
    const headingStarts = splitSentences(text)
        .filter((sentence) => sentence.heading)
        .map((sentence) => sentence.start);
    const linked = new Set();
    const lines = [];
    for (let start = 0; start <= text.length;) {
        const match = /\r\n|\r|\n/.exec(text.slice(start));
        const end = match ? start + match.index : text.length;
        lines.push({ start, end });
        start = match ? end + match[0].length : text.length + 1;
    }
    const starting = groupBy(spans, (span) => span.start);
    const rendered = lines.map((line) => ({ line, pieces: linePieces(text, line, spans, starting, linked) }));
    const markers = spans.filter((span) => !linked.has(span.id));
    return rendered
        .filter(({ line }) => text.slice(line.start, line.end).trim().length > 0)
        .map(({ line, pieces }) => {
        const own = markers.filter((span) => span.start >= line.start && span.start < Math.max(line.end, line.start + 1));
        const body = pieces +
            own
                .map((span) => ` <a class="anchor-marker" href="#claim-${htmlAttr(span.id)}" data-claims="${htmlAttr(span.id)}" title="claim ${htmlAttr(span.id)}">[${htmlAttr(span.id)}]</a>`)
                .join('');
        const heading = headingStarts.some((start) => start >= line.start && start < line.end);
        return heading ? `<h4 class="story-heading" dir="auto">${body}</h4>` : `<p dir="auto">${body}</p>`;
    })
        .join('\n');
}
function linePieces(text, line, spans, starting, linked) {
    const cuts = new Set([line.start, line.end]);
    for (const span of spans) {
        if (span.start > line.start && span.start < line.end)
            cuts.add(span.start);
        if (span.end > line.start && span.end < line.end)
            cuts.add(span.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    let out = '';
    for (let i = 0; i + 1 < points.length; i++) {
        const [from, to] = [points[i], points[i + 1]];
        for (const id of (starting.get(from) ?? []).map((span) => span.id).sort(compareText))
            out += `<span class="at" id="at-${htmlAttr(id)}"></span>`;
        const piece = htmlStoryText(text.slice(from, to));
        const covering = spans
            .filter((span) => span.start <= from && span.end >= to)
            .sort((a, b) => a.end - a.start - (b.end - b.start) || compareText(a.id, b.id));
        const narrowest = covering[0];
        if (!narrowest) {
            out += piece;
            continue;
        }
        linked.add(narrowest.id);
        const ids = covering.map((span) => span.id);
        const depth = Math.min(covering.length, 3);
        out += `<a class="anchor d${depth}" href="#claim-${htmlAttr(narrowest.id)}" data-claims="${htmlAttr(ids.join(' '))}" title="${htmlAttr(`claim${ids.length > 1 ? 's' : ''} ${ids.join(', ')}`)}">${piece}</a>`;
    }
    return out;
}
