import { textWidth } from '../text-width.js';
/**
 * Content widths that fit `available` columns: each column's natural width (capped at `max`); then, in
 * rank order, columns give up width down to their preferred width; if that is not enough, every column
 * gives up a share of what it has above its minimum, in proportion to that slack.
 */
export function fitColumns(columns, rows, available) {
    const widest = columns.map((_, index) => rows.reduce((width, row) => Math.max(width, textWidth(row[index] ?? '')), 0));
    return fitWidths(columns, widest, available);
}
/** fitColumns given the width of each column's widest cell instead of the cells: for a table measured a part at a time. */
export function fitWidths(columns, widest, available) {
    const widths = columns.map((column, index) => {
        const natural = Math.max(textWidth(column.header), widest[index] ?? 0);
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
/** The width to fit: the terminal's, else 100 (not a terminal, or unknown). */
export function terminalWidth(columns) {
    return columns !== undefined && columns >= 40 ? columns : 100;
}
