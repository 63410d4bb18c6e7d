export const SEVERITIES = ['error', 'warning', 'info'];
/** Rank for comparisons: a higher rank is more severe. */
export const severityRank = { info: 0, warning: 1, error: 2 };
/** Sorts diagnostics by file, position, rule and message, so output is deterministic. */
export function compareDiagnostics(a, b) {
    return (compareText(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.message, b.message));
}
/** Code-unit order, independent of the locale. */
export function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
