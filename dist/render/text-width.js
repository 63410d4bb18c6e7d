import stringWidth from 'string-width';
// Terminal text in columns: widths measured per grapheme cluster with string-width (East Asian wide
// characters take two columns, emoji sequences two, combining marks and joiners none), and text wrapped
// or cut only between grapheme clusters, so a CJK character, an emoji ZWJ sequence or a letter with its
// combining marks is never split. Every function here is linear in the text it is given: each cluster is
// measured once (printable ASCII without a call), and nothing is re-measured as a line grows or shrinks.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const PRINTABLE_ASCII = /^[\u0020-\u007e]*$/;
/** Cluster widths seen so far; emptied when it grows large, so a long-running process cannot grow it without bound. */
const clusterWidths = new Map();
const CACHE_LIMIT = 4096;
function clusterWidth(cluster) {
    if (cluster.length === 1) {
        const code = cluster.charCodeAt(0);
        if (code >= 0x20 && code <= 0x7e)
            return 1;
    }
    let width = clusterWidths.get(cluster);
    if (width === undefined) {
        width = stringWidth(cluster);
        if (clusterWidths.size >= CACHE_LIMIT)
            clusterWidths.clear();
        clusterWidths.set(cluster, width);
    }
    return width;
}
/** A line's grapheme clusters and their widths. */
function clusters(line) {
    if (PRINTABLE_ASCII.test(line))
        return Array.from(line, (char) => ({ text: char, width: 1 }));
    return Array.from(segmenter.segment(line), ({ segment }) => ({ text: segment, width: clusterWidth(segment) }));
}
/** The width of one line of text, in terminal columns. */
export function lineWidth(line) {
    if (PRINTABLE_ASCII.test(line))
        return line.length;
    let width = 0;
    for (const { segment } of segmenter.segment(line))
        width += clusterWidth(segment);
    return width;
}
/** The width of text, in terminal columns: that of its widest line. */
export function textWidth(text) {
    let widest = 0;
    for (const line of text.split('\n'))
        widest = Math.max(widest, lineWidth(line));
    return widest;
}
/**
 * Word-wraps each line of `text` to `max` columns. Lines break at runs of spaces (the run is dropped at
 * the break; runs inside a line are kept); a word wider than a line (a long id, a run of CJK) breaks after
 * its last hyphen or slash that fits, else after the last cluster that fits. Nothing is cut: every cluster
 * of the text is on some line, in order. A line is wider than `max` only when one cluster is (`max` < 2).
 */
export function wrapToWidth(text, max) {
    const out = [];
    for (const line of text.split('\n'))
        wrapLine(line, Math.max(1, max), out);
    return out;
}
/** Runs of spaces a line may break at: not a space that a combining mark (or skin tone) extends into one cluster. */
const BREAKABLE_SPACES = /( +)(?![\p{M}\p{Emoji_Modifier}\u200d])/u;
function wrapLine(line, max, out) {
    let current = '';
    let currentWidth = 0;
    let started = false; // whether `current` holds a word (it may hold only a line's leading spaces)
    const tokens = line.split(BREAKABLE_SPACES); // words at even indexes, runs of spaces at odd ones
    let gap = '';
    for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index];
        if (index % 2 === 1) {
            gap = token;
            continue;
        }
        if (token === '')
            continue; // before leading or after trailing spaces
        const width = lineWidth(token);
        if (currentWidth + gap.length + width <= max) {
            current += gap + token;
            currentWidth += gap.length + width;
            started = true;
            gap = '';
            continue;
        }
        if (started)
            out.push({ text: current, width: currentWidth });
        gap = '';
        if (width <= max) {
            current = token;
            currentWidth = width;
        }
        else {
            const rest = breakWord(token, max, out);
            current = rest.text;
            currentWidth = rest.width;
        }
        started = true;
    }
    out.push({ text: current, width: currentWidth });
}
/** Pushes the full lines of a word wider than `max`; returns what is left for the line after them. */
function breakWord(word, max, out) {
    let chunk = [];
    let chunkWidth = 0;
    let soft = 0; // clusters up to and including the chunk's last hyphen or slash after its first cluster
    for (const cluster of clusters(word)) {
        while (chunkWidth + cluster.width > max && chunk.length > 0) {
            const cut = soft > 0 ? soft : chunk.length;
            const head = chunk.slice(0, cut);
            out.push({ text: head.map((part) => part.text).join(''), width: head.reduce((sum, part) => sum + part.width, 0) });
            chunk = chunk.slice(cut); // after a soft break, the clusters after the hyphen: none is a hyphen, so a second pass cuts them all
            chunkWidth = chunk.reduce((sum, part) => sum + part.width, 0);
            soft = 0;
        }
        chunk.push(cluster);
        chunkWidth += cluster.width;
        if ((cluster.text === '-' || cluster.text === '/') && chunk.length > 1)
            soft = chunk.length;
    }
    return { text: chunk.map((part) => part.text).join(''), width: chunkWidth };
}
/**
 * One line cut to `max` columns: unchanged when it fits, else the clusters that fit in `max - 1` columns and
 * an ellipsis. Reads no further into the line than the cut.
 */
export function cutToWidth(line, max) {
    if (PRINTABLE_ASCII.test(line)) {
        return line.length <= max ? { text: line, width: line.length } : { text: `${line.slice(0, Math.max(0, max - 1))}…`, width: max };
    }
    let kept = '';
    let keptWidth = 0;
    let width = 0;
    for (const { segment } of segmenter.segment(line)) {
        width += clusterWidth(segment);
        if (width > max)
            return { text: `${kept}…`, width: keptWidth + 1 };
        if (width <= max - 1) {
            kept += segment;
            keptWidth = width;
        }
    }
    return { text: line, width };
}
