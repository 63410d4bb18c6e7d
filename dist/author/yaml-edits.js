import { isMap, isScalar, isSeq, parseAllDocuments, stringify, } from 'yaml';
/** The file no longer holds what an edit was planned from (it changed since it was checked). */
export class EditConflict extends Error {
}
/**
 * The text with each edit applied, everything else byte for byte: each value is replaced where it
 * stands (its comments, its key order, the rest of the file untouched); a key that is missing is added
 * as the last key of its block mapping, indented like its siblings. Values must hold no character a
 * record may not (load/decode.ts `forbiddenCharacters`): the caller leaves those for a person.
 */
export function applyValueEdits(text, edits) {
    const documents = parseAllDocuments(text);
    if (!Array.isArray(documents))
        throw new EditConflict('the file no longer holds YAML documents');
    const splices = edits.map((edit) => 'item' in edit ? appendSplice(text, documents[edit.docIndex], edit) : spliceFor(text, documents[edit.docIndex], edit));
    let result = text;
    for (const splice of [...splices].sort((a, b) => b.start - a.start)) {
        result = result.slice(0, splice.start) + splice.insert + result.slice(splice.end);
    }
    return result;
}
function spliceFor(text, document, edit) {
    if (!document || document.errors.length > 0)
        throw new EditConflict(`document ${edit.docIndex + 1} is missing or no longer parses`);
    const node = document.getIn(edit.path, true);
    if (node !== undefined) {
        if (!isScalar(node) || !node.range)
            throw new EditConflict(`${edit.path.join('.')} is not a single value`);
        if (node.value !== edit.expected)
            throw new EditConflict(`${edit.path.join('.')} changed since it was checked`);
        // A block scalar's range runs on over the line breaks (and the next line's indent) after it: keep those.
        const [start, valueEnd] = node.range;
        const end = start + text.slice(start, valueEnd).replace(/(\r?\n[ \t]*)+$/, '').length;
        return { start, end, insert: scalarText(edit.value) };
    }
    if (edit.expected !== undefined)
        throw new EditConflict(`${edit.path.join('.')} is gone since it was checked`);
    const parent = document.getIn(edit.path.slice(0, -1), true);
    if (!isMap(parent) || parent.flow || !parent.range)
        throw new EditConflict(`cannot add ${edit.path.join('.')} to a flow or missing mapping`);
    return addedKey(text, parent, String(edit.path.at(-1)), edit.value);
}
/**
 * An item appended to a sequence where it stands: in a block sequence, a new `- key: value` item after
 * the last one, its dash in the same column; in a flow sequence, `{ key: value }` before the `]`. A
 * missing key is added to its block mapping with a one-item block sequence.
 */
function appendSplice(text, document, edit) {
    if (!document || document.errors.length > 0)
        throw new EditConflict(`document ${edit.docIndex + 1} is missing or no longer parses`);
    const where = edit.path.join('.');
    const entries = Object.entries(edit.item);
    if (entries.length === 0)
        throw new EditConflict(`nothing to append to ${where}`);
    const node = document.getIn(edit.path, true);
    if (node === undefined || (isScalar(node) && node.value === null)) {
        if (edit.expectedLength !== 0)
            throw new EditConflict(`${where} is gone since it was checked`);
        if (node !== undefined)
            throw new EditConflict(`${where} is empty; add the item by hand`);
        const parent = document.getIn(edit.path.slice(0, -1), true);
        if (!isMap(parent) || parent.flow || !parent.range)
            throw new EditConflict(`cannot add ${where} to a flow or missing mapping`);
        return addedKey(text, parent, String(edit.path.at(-1)), (indent, eol) => {
            const dash = `${indent}  `;
            return `${eol}${dash}- ${entries.map(([key, value]) => `${scalarText(key)}: ${scalarText(value)}`).join(`${eol}${dash}  `)}`;
        });
    }
    if (!isSeq(node) || !node.range)
        throw new EditConflict(`${where} is not a list`);
    const seq = node;
    if (seq.items.length !== edit.expectedLength)
        throw new EditConflict(`${where} changed since it was checked`);
    if (seq.flow) {
        const close = text.lastIndexOf(']', seq.range[1] - 1);
        if (close < seq.range[0])
            throw new EditConflict(`${where} is not a list that can be appended to`);
        const before = text.slice(seq.range[0] + 1, close).replace(/\s+$/, '');
        const comma = seq.items.length > 0 && !before.endsWith(',') ? ', ' : seq.items.length > 0 ? ' ' : '';
        const at = seq.range[0] + 1 + before.length;
        const flowItem = `{ ${entries.map(([key, value]) => `${scalarText(key)}: ${JSON.stringify(value)}`).join(', ')} }`;
        return { start: at, end: at, insert: `${comma}${flowItem}` };
    }
    const last = seq.items.at(-1);
    if (!last?.range)
        throw new EditConflict(`${where} is not a list that can be appended to`);
    const lineStart = text.lastIndexOf('\n', last.range[0] - 1) + 1;
    const dashColumn = text.slice(lineStart, last.range[0]).lastIndexOf('-');
    if (dashColumn < 0 || text.slice(lineStart, lineStart + dashColumn).trim() !== '')
        throw new EditConflict(`cannot append to ${where}: its last item does not start its line`);
    const valueEnd = last.range[0] + text.slice(last.range[0], last.range[1]).replace(/(\r?\n[ \t]*)+$/, '').length;
    const lineEnd = text.indexOf('\n', valueEnd);
    const at = lineEnd === -1 ? text.length : lineEnd > 0 && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    const eol = text.slice(0, lineStart).endsWith('\r\n') ? '\r\n' : '\n';
    const dash = ' '.repeat(dashColumn);
    const lines = entries.map(([key, value]) => `${scalarText(key)}: ${scalarText(value)}`);
    return { start: at, end: at, insert: `${eol}${dash}- ${lines.join(`${eol}${dash}  `)}` };
}
/** A new `key: value` line after the mapping's last pair, at the column its keys start in. */
function addedKey(text, map, key, value) {
    const last = map.items.at(-1);
    const lastKey = last?.key;
    const lastValue = last?.value;
    if (!lastKey?.range || !lastValue?.range)
        throw new EditConflict(`cannot add ${key} to an empty mapping`);
    const lineStart = text.lastIndexOf('\n', lastKey.range[0] - 1) + 1;
    const indent = text.slice(lineStart, lastKey.range[0]);
    if (indent.trim() !== '' && indent.trim() !== '-')
        throw new EditConflict(`cannot add ${key} beside a key that does not start its line`);
    // After the last value and anything on its line (a comment), before the next line.
    // A block value's range runs on over the line breaks after it: the new key goes after its own last line.
    const valueEnd = lastValue.range[0] + text.slice(lastValue.range[0], lastValue.range[1]).replace(/(\r?\n[ \t]*)+$/, '').length;
    const lineEnd = text.indexOf('\n', valueEnd);
    const at = lineEnd === -1 ? text.length : lineEnd > 0 && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    const eol = text.slice(0, lineStart).endsWith('\r\n') ? '\r\n' : '\n';
    const keyIndent = ' '.repeat(indent.length);
    const written = typeof value === 'string' ? ` ${scalarText(value)}` : value(keyIndent, eol);
    return { start: at, end: at, insert: `${eol}${keyIndent}${scalarText(key)}:${written}` };
}
/**
 * A string as one flow scalar on one line: plain when that reads back the same, else double-quoted with
 * JSON's escapes (valid YAML; a line break is `\\n`, so no continuation line needs indenting).
 */
function scalarText(value) {
    const plain = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
    if (!plain.includes('\n') && !plain.startsWith('|') && !plain.startsWith('>'))
        return plain;
    return JSON.stringify(value);
}
