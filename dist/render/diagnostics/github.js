import { plural } from '../../model/words.js';
import { ruleDocsUrl } from '../../model/package.js';
import { annotationText, markdownCell, workflowCommand } from '../encode/github.js';
import { countDiagnostics, hiddenText } from './report.js';
/**
 * Annotations GitHub shows per step for each of error, warning and notice; the rest are dropped without a
 * word (actions/toolkit docs/problem-matchers.md). A job and a run show at most 50 in all.
 */
export const ANNOTATIONS_PER_TYPE = 10;
/** Our share of the step summary, which GitHub refuses beyond 1 MiB per step (other steps may write too). */
export const STEP_SUMMARY_BUDGET_BYTES = 256 * 1024;
const COMMAND = { error: 'error', warning: 'warning', info: 'notice' };
/**
 * Workflow-command annotations for the unsuppressed findings, as many per type as GitHub shows, then one
 * notice counting the rest, then a summary line. Every line starts with `::` or `claims`, never record text.
 */
export const github = (report, { env }) => {
    const { annotated, left } = fitAnnotations(report.diagnostics.filter((diagnostic) => !diagnostic.suppression));
    const lines = annotated.map(annotation);
    if (left.length > 0)
        lines.push(workflowCommand('notice', {}, overflowMessage(countDiagnostics(left), env.GITHUB_STEP_SUMMARY !== undefined && env.GITHUB_STEP_SUMMARY !== '')));
    const hidden = hiddenText(report.hidden);
    lines.push(`claims ${report.command}: ${countsText(countDiagnostics(report.diagnostics))} in ${plural(report.files.length, 'file')}, ${plural(report.records, 'record')}${hidden === undefined ? '' : ` (${hidden})`}`);
    return `${lines.join('\n')}\n`;
};
/** Keeps the first findings of each type that GitHub will show; one notice slot is kept for the overflow notice. */
function fitAnnotations(diagnostics) {
    const total = countDiagnostics(diagnostics);
    const overflow = Math.max(total.errors, total.warnings, total.infos) > ANNOTATIONS_PER_TYPE;
    const room = {
        error: ANNOTATIONS_PER_TYPE,
        warning: ANNOTATIONS_PER_TYPE,
        info: ANNOTATIONS_PER_TYPE - (overflow ? 1 : 0),
    };
    const annotated = [];
    const left = [];
    for (const diagnostic of diagnostics) {
        if (room[diagnostic.severity] > 0) {
            room[diagnostic.severity]--;
            annotated.push(diagnostic);
        }
        else
            left.push(diagnostic);
    }
    return { annotated, left };
}
function annotation(diagnostic) {
    const line = diagnostic.line;
    // An exclusive end at column 1 ends on the line before.
    const endLine = diagnostic.endLine > line && diagnostic.endColumn === 1 ? diagnostic.endLine - 1 : Math.max(diagnostic.endLine, line);
    // GitHub accepts columns only on a one-line range; its endColumn is passed as our exclusive end.
    const oneLine = endLine === line;
    const endColumn = oneLine && diagnostic.endLine === line && diagnostic.endColumn >= diagnostic.column ? diagnostic.endColumn : undefined;
    return workflowCommand(COMMAND[diagnostic.severity], {
        file: diagnostic.file,
        line,
        endLine,
        col: oneLine ? diagnostic.column : undefined,
        endColumn,
        title: `claims: ${diagnostic.ruleId}`,
    }, annotationText(diagnostic.message));
}
function overflowMessage(left, summary) {
    const where = summary ? 'every finding is listed in the job summary' : 'run with --format stylish or json for the full list';
    return `claims: ${plural(left.errors + left.warnings + left.infos, 'more finding')} not annotated (${countsText(left)}); GitHub shows at most ${ANNOTATIONS_PER_TYPE} errors, ${ANNOTATIONS_PER_TYPE} warnings and ${ANNOTATIONS_PER_TYPE} notices per step; ${where}`;
}
function countsText(counts) {
    const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning'), `${counts.infos} info`];
    if (counts.suppressed > 0)
        parts.push(`${counts.suppressed} suppressed`);
    return parts.join(', ');
}
/**
 * The job summary for `$GITHUB_STEP_SUMMARY`: a heading and every finding (suppressed ones with their
 * reason) as a Markdown table, every cell escaped, cut off with a count once the size budget is spent.
 */
export function githubStepSummary(report) {
    const hidden = hiddenText(report.hidden);
    const heading = `### claims ${report.command}: ${countsText(countDiagnostics(report.diagnostics))} in ${plural(report.files.length, 'file')}${hidden === undefined ? '' : ` (${hidden})`}\n\n`;
    if (report.diagnostics.length === 0)
        return `${heading}${hidden === undefined ? 'No problems.' : 'No errors.'}\n\n`;
    let text = `${heading}| Severity | File | Line | Rule | Message | Suppressed |\n|---|---|---|---|---|---|\n`;
    let bytes = Buffer.byteLength(text);
    for (const [index, diagnostic] of report.diagnostics.entries()) {
        const row = `| ${diagnostic.severity} | ${markdownCell(diagnostic.file)} | ${diagnostic.line}:${diagnostic.column} | [${markdownCell(diagnostic.ruleId)}](${encodeURI(ruleDocsUrl(diagnostic.ruleId))}) | ${markdownCell(diagnostic.message)} | ${diagnostic.suppression ? markdownCell(diagnostic.suppression.reason) : ''} |\n`;
        if (bytes + Buffer.byteLength(row) > STEP_SUMMARY_BUDGET_BYTES - 200) {
            return `${text}\n${plural(report.diagnostics.length - index, 'more finding')} not listed: the summary is capped at ${STEP_SUMMARY_BUDGET_BYTES / 1024} KiB. Run with --format json for all of them.\n\n`;
        }
        text += row;
        bytes += Buffer.byteLength(row);
    }
    return `${text}\n`;
}
