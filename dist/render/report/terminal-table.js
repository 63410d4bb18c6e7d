import { inertCommands, inertLegacyOpeners, TEXT_BREAK } from '../encode/runner-commands.js';
import { terminalSafe } from '../encode/terminal.js';
import { cutToWidth, textWidth, wrapToWidth } from '../text-width.js';
import { fitColumns, fitWidths } from './fit.js';
/** cli-table3's default box characters, so the boxed layout looks as it did when cli-table3 drew it. */
const BOX = {
    top: ['┌', '┬', '┐'],
    mid: ['├', '┼', '┤'],
    bottom: ['└', '┴', '┘'],
    line: '─',
    side: '│',
};
/**
 * A table no wider than `total` columns (unless the columns' minimums are), drawn here rather than by
 * cli-table3: cli-table3 0.6.5 truncates a cell's whole text one character at a time on every line it
 * draws (for a debug log), which made a long cell cost time cubic in its length. Here every cell is
 * measured once and wrapped or cut once, so the work is linear in the text.
 *
 * Widths are terminal columns (string-width, per grapheme cluster): CJK takes two, combining marks none.
 * Cells are record text: each line is made terminal-safe, and runner command openers in it are broken
 * before the widths are measured, so the backslash does not push a border out of line (docs/ci.md).
 */
export function drawTerminalTable(columns, rows, options) {
    return `${terminalTableLines(columns, rows, options).join('\n')}\n`;
}
/** The lines of drawTerminalTable's table, for a caller that writes them a few at a time. */
export function terminalTableLines(columns, rows, options) {
    const plain = options.layout === 'plain';
    const safeRows = rows.map((row) => safeCells(row, plain));
    const widths = fitColumns(columns, safeRows, options.total - overhead(columns, plain));
    if (plain)
        return [...plainHead(columns, widths, options), ...safeRows.flatMap((row) => plainRow(row, widths))];
    const header = columns.map((column) => column.header);
    const lines = [border(BOX.top, widths), ...boxedRow(header, widths, (text) => options.chalk.bold(text))];
    for (const row of safeRows)
        lines.push(border(BOX.mid, widths), ...boxedRow(row, widths));
    lines.push(border(BOX.bottom, widths));
    return lines;
}
/**
 * The plain table of drawTerminalTable, for more rows than should be held at once: `chunks()` gives the rows a
 * part at a time and is called twice, to measure every cell (keeping only each column's widest) and to draw.
 */
export function* drawPlainTableInPieces(columns, chunks, options) {
    const widest = columns.map(() => 0);
    for (const chunk of chunks()) {
        for (const row of chunk)
            safeCells(row, true).forEach((cell, index) => (widest[index] = Math.max(widest[index], textWidth(cell))));
    }
    const widths = fitWidths(columns, widest, options.total - overhead(columns, true));
    yield `${plainHead(columns, widths, options).join('\n')}\n`;
    for (const chunk of chunks()) {
        const lines = chunk.flatMap((row) => plainRow(safeCells(row, true), widths));
        if (lines.length > 0)
            yield `${lines.join('\n')}\n`;
    }
}
/**
 * A row's cells made safe to draw: each line terminal-safe, and runner command openers broken before the
 * widths are measured, so the backslash does not push a border out of line (docs/ci.md).
 */
function safeCells(row, plain) {
    const visible = row.map((cell) => cell
        .split(/\r\n|\r|\n/)
        .map(terminalSafe)
        .join('\n'));
    // Boxed lines start with a border. A plain line starts with a cell's text, after padding, on the cell's
    // later lines, and on its first line when the cells before it are blank there.
    return visible.map((cell, index) => {
        if (!plain)
            return inertLegacyOpeners(cell, TEXT_BREAK);
        const firstLineStarts = visible.slice(0, index).every((before) => /^\s*$/.test(before.split('\n')[0]));
        return inertCommands(cell, TEXT_BREAK, { firstLineStarts });
    });
}
/** Columns a table takes besides its cells' text. plain: two spaces between columns; boxed: a border and one space of padding on each side of every column. */
function overhead(columns, plain) {
    return plain ? 2 * (columns.length - 1) : 3 * columns.length + 1;
}
/** A plain table's header and the rule under it. */
function plainHead(columns, widths, options) {
    const header = columns.map((column) => column.header);
    const width = widths.reduce((sum, value) => sum + value, 0) + overhead(columns, true);
    return [...plainRow(header, widths, (text) => options.chalk.bold(text)), '─'.repeat(Math.min(options.total, width))];
}
function border([left, middle, right], widths) {
    return `${left}${widths.map((width) => BOX.line.repeat(width + 2)).join(middle)}${right}`;
}
const identity = (text) => text;
function padded(line, width, style) {
    return `${style(line.text)}${' '.repeat(Math.max(0, width - line.width))}`;
}
/** A row's lines: each cell wrapped to its column, shorter cells padded with blank lines. */
function boxedRow(cells, widths, style = identity) {
    const wrapped = widths.map((width, index) => wrapToWidth(cells[index] ?? '', width));
    const height = Math.max(...wrapped.map((lines) => lines.length));
    const blank = { text: '', width: 0 };
    const lines = [];
    for (let line = 0; line < height; line++) {
        const parts = wrapped.map((cell, index) => ` ${padded(cell[line] ?? blank, widths[index], style)} `);
        lines.push(`${BOX.side}${parts.join(BOX.side)}${BOX.side}`);
    }
    return lines;
}
/** A row's lines: each line of each cell cut to its column; trailing spaces trimmed. */
function plainRow(cells, widths, style = identity) {
    const cut = widths.map((width, index) => (cells[index] ?? '').split('\n').map((line) => cutToWidth(line, width)));
    const height = Math.max(...cut.map((lines) => lines.length));
    const blank = { text: '', width: 0 };
    const lines = [];
    for (let line = 0; line < height; line++) {
        lines.push(cut
            .map((cell, index) => padded(cell[line] ?? blank, widths[index], style))
            .join('  ')
            .trimEnd());
    }
    return lines;
}
