import { groupBy } from '../../model/group-by.js';
import { plural } from '../../model/words.js';
import { severityLabel } from '../colour.js';
import { inertCommandPieces, TEXT_BREAK } from '../encode/runner-commands.js';
import { terminalSafe } from '../encode/terminal.js';
import { linesInPieces } from '../rendered.js';
import { countDiagnostics, hiddenText } from './report.js';
/**
 * Grouped by file, one line per finding, then per-story lines (verify) and a summary line. A runner command
 * opener from a record or story text (`##[`, a line starting with `::`) gets a backslash (docs/ci.md).
 */
export const stylish = (report, { chalk }) => inertCommandPieces(linesInPieces(stylishLines(report, chalk)), TEXT_BREAK);
function* stylishLines(report, chalk) {
    const shown = report.diagnostics.filter((diagnostic) => !diagnostic.suppression);
    for (const [file, diagnostics] of groupBy(shown, (diagnostic) => diagnostic.file)) {
        yield chalk.underline(terminalSafe(file));
        const positionWidth = Math.max(...diagnostics.map((diagnostic) => `${diagnostic.line}:${diagnostic.column}`.length));
        for (const diagnostic of diagnostics) {
            const position = `${diagnostic.line}:${diagnostic.column}`.padEnd(positionWidth);
            yield `  ${chalk.dim(position)}  ${severityLabel(chalk, diagnostic.severity)}  ${terminalSafe(diagnostic.message)}  ${chalk.dim(diagnostic.ruleId)}`;
        }
        yield '';
    }
    for (const story of report.stories)
        yield storyLine(story);
    if (report.stories.length > 0)
        yield '';
    yield summaryLine(report, chalk);
}
function storyLine(story) {
    const coverage = story.coverage === undefined
        ? 'coverage unknown (text unreadable)'
        : `coverage ${story.coverage}% of ${plural(story.sentences, 'sentence')}`;
    const failed = story.failedFiles > 0 ? `, ${plural(story.failedFiles, 'file')} failed to load` : '';
    return `story ${story.storyId}: ${plural(story.claims, 'claim')}, ${story.anchored} anchored, ${coverage}, ${plural(story.errors, 'error')}, ${plural(story.warnings, 'warning')}${failed}`;
}
function summaryLine(report, chalk) {
    const counts = countDiagnostics(report.diagnostics);
    const checked = `${plural(report.files.length, 'file')}, ${plural(report.records, 'record')} checked`;
    const suppressed = counts.suppressed > 0 ? `, ${counts.suppressed} suppressed` : '';
    const problems = counts.errors + counts.warnings + counts.infos;
    const hidden = hiddenText(report.hidden);
    if (hidden !== undefined) {
        // --quiet: only errors are listed, so the line counts errors and says what it left out.
        if (counts.errors === 0)
            return chalk.green(`✔ ${checked}: no errors${suppressed} (${hidden})`);
        return chalk.red(`✖ ${plural(counts.errors, 'error')}${suppressed} in ${checked} (${hidden})`);
    }
    if (problems === 0)
        return chalk.green(`✔ ${checked}: no problems${suppressed}`);
    const parts = `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}${counts.infos > 0 ? `, ${counts.infos} info` : ''}${suppressed}`;
    const colour = counts.errors > 0 ? chalk.red : counts.warnings > 0 ? chalk.yellow : chalk.blue;
    return colour(`✖ ${plural(problems, 'problem')} (${parts}) in ${checked}`);
}
