import { inertCommands, TEXT_BREAK } from './runner-commands.js';
import { terminalSafe } from './terminal.js';
// The one place record text is made safe for CSV (RFC 4180, spreadsheet formula injection).
/** A field starting with one of these is run as a formula by Excel, LibreOffice or Sheets (OWASP CSV Injection); a leading line break too, as CR becomes LF here. */
const FORMULA_START = /^[=+\-@\t\r\n]/;
/**
 * One CSV field: line breaks kept as LF inside the quotes, other control and bidi characters shown as
 * escapes, a leading formula character neutralised with `'`, `"` doubled, and always quoted.
 */
export function csvField(value, options = {}) {
    const text = value === null || value === undefined ? '' : String(value);
    const lines = text
        .split(/\r\n|\r|\n/)
        .map(terminalSafe)
        .join('\n');
    // The field's first line follows the opening quote; each later one starts a line of the output.
    const visible = options.inertCommands ? inertCommands(lines, TEXT_BREAK, { firstLineStarts: false }) : lines;
    const inert = FORMULA_START.test(visible) ? `'${visible}` : visible;
    return `"${inert.replace(/"/g, '""')}"`;
}
/** A whole CSV document: one header row, then the rows, every line ending in CRLF. */
export function csvDocument(header, rows, options = {}) {
    return csvLines([header, ...rows], options);
}
/** Rows of a CSV document, every line ending in CRLF: a document written in parts is its header's lines, then each part's. */
export function csvLines(rows, options = {}) {
    return rows.map((row) => `${row.map((value) => csvField(value, options)).join(',')}\r\n`).join('');
}
