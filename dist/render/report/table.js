import { inertCommands, TEXT_BREAK } from '../encode/runner-commands.js';
import { terminalSafe } from '../encode/terminal.js';
import { provenanceGraph } from '../../views/graph-model.js';
import { provenanceLines } from '../graph/text.js';
import { drawTerminalTable } from './terminal-table.js';
import { evidenceText, findingRuleIds, howText, originsText, sourceLabel, summaryRows, suppressionTexts } from '../../views/labels.js';
const COLUMNS = [
    { header: '#', min: 2, preferred: 2, shrinkRank: 9 },
    { header: 'claim', min: 20, preferred: 32, max: 60, shrinkRank: 1 },
    { header: 'who · how · record · quote', min: 18, preferred: 26, max: 44, shrinkRank: 0 },
    { header: 'evidence', min: 8, preferred: 14, max: 30, shrinkRank: 2 },
    { header: 'likelihood · grade · status', min: 12, preferred: 12, shrinkRank: 4 },
    { header: 'findings', min: 13, preferred: 16, max: 30, shrinkRank: 3 },
];
function sourcing(view) {
    if (view.unattributed)
        return 'unattributed';
    return view.attributions
        .map((attribution) => [
        `${sourceLabel(attribution.source)} [${attribution.standing}]`,
        howText(attribution),
        attribution.quote === undefined ? undefined : `“${attribution.quote}”`,
    ]
        .filter((line) => line !== undefined)
        .join('\n'))
        .join('\n\n');
}
/**
 * The report for a terminal: per story a wrapped table that fits `width`, the summary and the provenance as
 * text. Runner command openers are broken in the cells before layout (terminalTable) and in the title,
 * summary and provenance lines of the finished text (docs/ci.md).
 */
export function renderReportTable(report, options) {
    if (report.stories.length === 0)
        return 'No stories matched.\n';
    return inertCommands(report.stories.map((entry) => storyTable(entry, options)).join('\n'), TEXT_BREAK);
}
function storyTable(entry, options) {
    const { chalk } = options;
    const rows = entry.claims.map((view, index) => [
        String(index + 1),
        `${view.id}\n${view.claim.statement}`,
        `${sourcing(view)}\n\norigins ${originsText(view)}`,
        view.evidence.map(evidenceText).join('\n') || '—',
        `${view.likelihood.label}\n${view.grade.code}\n${view.claim.status}`,
        [...findingRuleIds(view), ...suppressionTexts(view)].join('\n') || '—',
    ]);
    const title = chalk.bold(terminalSafe(`${entry.story.title} (${entry.story.id})`));
    const table = entry.claims.length === 0 ? 'No claims.\n' : drawTerminalTable(COLUMNS, rows, { total: options.width, chalk, layout: 'boxed' });
    const summary = summaryRows(entry.summary).map(([measure, value]) => `  ${measure}: ${terminalSafe(value)}`);
    const provenance = provenanceLines(provenanceGraph(entry.claims)).map((line) => `  ${terminalSafe(line)}`);
    return [title, table, chalk.bold('Summary'), ...summary, '', chalk.bold('Provenance'), ...provenance, ''].join('\n');
}
