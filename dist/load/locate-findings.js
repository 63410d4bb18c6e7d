import { decodeUtf8 } from './decode.js';
import { LIMITS } from './limits.js';
import { fastLocator } from './fast-locate.js';
import { YamlLocator } from './locate.js';
import { absolutePath } from './root.js';
import { readRegularFile } from './safe-read.js';
import { TextIndex } from './text-index.js';
import { groupBy } from '../model/group-by.js';
const FILE_START = { line: 1, column: 1 };
/**
 * Turns every finding's place into 1-based positions. Only files with findings inside records are read
 * again, one at a time, and of those only the documents with findings are parsed, when the loader knew
 * where each starts: a parsed document with positions costs many times its text.
 */
export function locateFindings(root, findings) {
    const byFile = groupBy(findings, (finding) => finding.place.file);
    const diagnostics = [];
    for (const [file, group] of byFile) {
        const spans = new FileSpans(root, file);
        // In document order, so only one document's parse is alive at a time.
        group.sort((a, b) => docIndexOf(a) - docIndexOf(b));
        for (const finding of group)
            diagnostics.push(toDiagnostic(finding, spans));
    }
    return diagnostics;
}
function docIndexOf(finding) {
    return 'docIndex' in finding.place ? finding.place.docIndex : -1;
}
/** Spans of values in one file, from its whole text or from the one document a record came from. */
class FileSpans {
    root;
    file;
    text = null;
    index;
    /** The last locator built, for the whole file or for one document: findings come sorted by document. */
    locator;
    constructor(root, file) {
        this.root = root;
        this.file = file;
    }
    /** Start and end positions of the value at `pointer`, or undefined when the file cannot be read again. */
    locate(docIndex, pointer, part, standalone) {
        const text = this.readText();
        if (text === undefined)
            return undefined;
        this.index ??= new TextIndex(text);
        let span;
        if (standalone) {
            // The document came through the fast path, so js-yaml's events can usually describe it.
            const inDocument = this.locatorFor(docIndex, () => {
                const slice = text.slice(standalone.start, standalone.end);
                return fastLocator(slice) ?? new YamlLocator(slice);
            }).locate(0, pointer, part);
            span = { start: inDocument.start + standalone.start, end: inDocument.end + standalone.start };
        }
        else {
            span = this.locatorFor('file', () => new YamlLocator(text)).locate(docIndex, pointer, part);
        }
        return { start: this.index.positionAt(span.start), end: this.index.positionAt(Math.max(span.end, span.start + 1)) };
    }
    locatorFor(of, build) {
        if (this.locator?.of !== of)
            this.locator = { of, locator: build() };
        return this.locator.locator;
    }
    readText() {
        if (this.text === null) {
            const read = readRegularFile(absolutePath(this.root, this.file), LIMITS.maxRecordFileBytes);
            const decoded = read.ok ? decodeUtf8(read.bytes) : undefined;
            this.text = decoded?.ok ? decoded.text : undefined;
        }
        return this.text;
    }
}
function toDiagnostic(finding, spans) {
    const { place } = finding;
    let start = FILE_START;
    let end = FILE_START;
    if (!('docIndex' in place)) {
        start = place.start;
        end = place.end;
    }
    else {
        const located = spans.locate(place.docIndex, place.pointer, place.part, finding.record?.file === place.file && finding.record.docIndex === place.docIndex ? finding.record.standalone : undefined);
        if (located)
            ({ start, end } = located);
    }
    const recordId = finding.record?.id;
    return {
        ruleId: finding.ruleId,
        messageId: finding.messageId,
        severity: finding.severity,
        message: finding.message,
        file: place.file,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        ...(recordId !== undefined ? { recordId } : {}),
        ...(place.pointer !== undefined ? { pointer: place.pointer } : {}),
        ...(finding.related ? { related: finding.related } : {}),
        ...(finding.suppression ? { suppression: finding.suppression } : {}),
    };
}
