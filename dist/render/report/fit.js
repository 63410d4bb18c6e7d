import Table from 'cli-table3';
import { inertCommands, inertLegacyOpeners, TEXT_BREAK } from '../encode/runner-commands.js';
import { terminalSafe } from '../encode/terminal.js';
/** Display width, counted in code points (cli-table3 measures East Asian wide characters itself when it cuts). */
function width(text) {
    return Math.max(0, ...text.split('\n').map((line) => [...line].length));
}
/**
 * Content widths that fit `available` columns: each column's natural width (capped at `max`); then, in
 * rank order, columns give up width down to their preferred width; if that is not enough, every column
 * gives up a share of what it has above its minimum, in proportion to that slack.
 */
export function fitColumns(columns, rows, available) {
    const widths = columns.map((column, index) => {
        const natural = Math.max(width(column.header), ...rows.map((row) => width(row[index] ?? '')));
        return Math.max(column.min, Math.min(natural, column.max ?? natural));
    });
    const excess = () => widths.reduce((sum, value) => sum + value, 0) - available;
    const order = columns.map((column, index) => ({ index, rank: column.shrinkRank })).sort((a, b) => a.rank - b.rank || a.index - b.index);
    for (const { index } of order) {
        if (excess() <= 0)
            return widths;
        const floor = Math.max(columns[index].min, columns[index].preferred);
        widths[index] = Math.max(Math.min(widths[index], floor), widths[index] - excess());
    }
    const over = excess();
    if (over <= 0)
        return widths;
    const slack = widths.map((value, index) => value - columns[index].min);
    const totalSlack = slack.reduce((sum, value) => sum + value, 0);
    if (totalSlack === 0)
        return widths;
    slack.forEach((value, index) => (widths[index] = widths[index] - Math.floor((over * value) / totalSlack)));
    for (const { index } of order) {
        if (excess() <= 0)
            break;
        if (widths[index] > columns[index].min)
            widths[index] = widths[index] - 1;
    }
    return widths;
}
const PLAIN_CHARS = {
    top: '',
    'top-mid': '',
    'top-left': '',
    'top-right': '',
    bottom: '',
    'bottom-mid': '',
    'bottom-left': '',
    'bottom-right': '',
    left: '',
    'left-mid': '',
    mid: '',
    'mid-mid': '',
    right: '',
    'right-mid': '',
    middle: '  ',
};
/**
 * A cli-table3 table no wider than `total` columns. Cells are record text: each is made terminal-safe here
 * (line breaks kept), and runner command openers in it are broken before the widths are measured, so the
 * backslash does not push a border out of line (docs/ci.md). `plain` (one line per row, no borders, a rule
 * under the header) cuts long text with an ellipsis; `boxed` (borders, rows may take several lines) wraps it.
 */
export function terminalTable(columns, rows, options) {
    const plain = options.layout === 'plain';
    const safeRows = rows.map((row) => {
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
    });
    // plain: two spaces between columns; boxed: a border and one space of padding on each side of every column.
    const overhead = plain ? 2 * (columns.length - 1) : 3 * columns.length + 1;
    const contentWidths = fitColumns(columns, safeRows, options.total - overhead);
    const table = new Table({
        head: columns.map((column, index) => options.chalk.bold(plain ? column.header : wrapText(column.header, contentWidths[index]))),
        colWidths: contentWidths.map((value) => (plain ? value : value + 2)),
        wordWrap: false,
        truncate: '…',
        style: { head: [], border: [], ...(plain ? { 'padding-left': 0, 'padding-right': 0 } : {}) },
        ...(plain ? { chars: PLAIN_CHARS } : {}),
    });
    table.push(...safeRows.map((row) => (plain ? [...row] : row.map((cell, index) => wrapText(cell, contentWidths[index])))));
    const lines = table
        .toString()
        .split('\n')
        .map((line) => line.trimEnd());
    if (plain)
        lines.splice(1, 0, '─'.repeat(Math.min(options.total, contentWidths.reduce((sum, value) => sum + value, 0) + overhead)));
    return `${lines.join('\n')}\n`;
}
/** Word-wraps each line of `text` to `max` code points; a word longer than a line (a long id) breaks after a hyphen or slash, else anywhere. */
export function wrapText(text, max) {
    const out = [];
    for (const line of text.split('\n')) {
        let current = '';
        for (const word of line.split(/ +/)) {
            let rest = [...word];
            if (current !== '' && [...current].length + 1 + rest.length <= max) {
                current += ` ${word}`;
                continue;
            }
            if (current !== '')
                out.push(current);
            while (rest.length > max) {
                // Prefer to break a long id after a hyphen or slash.
                const soft = Math.max(rest.lastIndexOf('-', max - 1), rest.lastIndexOf('/', max - 1));
                const cut = soft > 0 ? soft + 1 : max;
                out.push(rest.slice(0, cut).join(''));
                rest = rest.slice(cut);
            }
            current = rest.join('');
        }
        out.push(current);
    }
    return out.join('\n');
}
/** The width to fit: the terminal's, else 100 (not a terminal, or unknown). */
export function terminalWidth(columns) {
    return columns !== undefined && columns >= 40 ? columns : 100;
}
