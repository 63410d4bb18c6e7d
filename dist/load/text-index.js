/** Maps UTF-16 offsets in a text to 1-based line and column, in O(log lines) per lookup. */
export class TextIndex {
    text;
    lineStarts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++) {
            const code = text.charCodeAt(i);
            // CRLF counts once; a lone CR also ends a line, as YAML and editors treat it.
            if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10))
                this.lineStarts.push(i + 1);
        }
    }
    positionAt(offset) {
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if ((this.lineStarts[mid] ?? 0) <= clamped)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: clamped - (this.lineStarts[low] ?? 0) + 1 };
    }
    get lineCount() {
        return this.lineStarts.length;
    }
    /** The text of a 1-based line, without its line break. */
    lineText(line) {
        const start = this.lineStarts[line - 1] ?? this.text.length;
        const next = this.lineStarts[line] ?? this.text.length;
        return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
    }
}
