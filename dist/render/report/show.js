import { splitSentences } from '../../check/anchor/sentences.js';
import { severityLabel } from '../colour.js';
import { inertCommands, TEXT_BREAK } from '../encode/runner-commands.js';
import { terminalSafeLine } from '../encode/terminal.js';
import { chainText, CUSTODY_TEXT, evidenceStateText, gradeText, likelihoodText, sourceLabel, tensionText } from '../../views/labels.js';
const ANCHOR_STATUS = {
    exact: 'exact',
    normalised: 'normalised (matches after normalising quotes, dashes and whitespace)',
    moved: 'moved',
    ambiguous: 'ambiguous (occurs several times; prefix/suffix do not decide)',
    'not-found': 'not found',
    unchecked: 'not checked',
};
/**
 * Everything about one claim, for a terminal. Record text is made terminal-safe here, line by line, and
 * runner command openers are broken in the finished text (docs/ci.md).
 */
export function renderShow(view, context) {
    const { chalk } = context;
    const safe = terminalSafeLine;
    const heading = (text) => chalk.bold(text);
    const { claim } = view;
    const lines = [];
    const field = (name, value) => lines.push(`  ${name.padEnd(15)} ${value}`);
    lines.push(`${chalk.bold(`claim ${safe(view.id)}`)}  ${chalk.dim(safe(view.file))}`);
    field('story', `${safe(view.storyId)}${context.storyTitle ? ` — ${safe(context.storyTitle)}` : ''}`);
    field('type', claim.type);
    field('status', claim.status);
    field('statement', safe(claim.statement));
    if (claim.summary)
        field('summary', safe(claim.summary));
    if (claim.tags?.length)
        field('tags', claim.tags.map(safe).join(', '));
    lines.push('', heading('In the story'));
    const similarity = view.anchor.similarity === undefined ? '' : `, similarity ${view.anchor.similarity.toFixed(2)}`;
    const where = view.anchor.line === undefined ? '' : ` at line ${view.anchor.line}, column ${view.anchor.column}`;
    field('anchor', `${ANCHOR_STATUS[view.anchor.status]}${similarity}${where}`);
    const sentence = highlightedSentence(view, context);
    if (sentence !== undefined)
        lines.push(`  ${sentence}`);
    else
        field('exact', `“${safe(view.anchor.exact)}”${context.textProblem ? ` (story text unreadable: ${safe(context.textProblem)})` : ''}`);
    lines.push('', heading('Attribution'));
    if (view.attributions.length === 0)
        lines.push("  none: the story's own assertion");
    view.attributions.forEach((attribution, index) => {
        lines.push(`  ${index + 1}. ${safe(chainText(attribution))}`);
        const when = attribution.date === undefined ? '' : ` on ${attribution.date}`;
        const translated = attribution.translated ? ' (translated)' : '';
        lines.push(`     ${attribution.relation}${when}${attribution.quote === undefined ? '' : `: “${safe(attribution.quote)}”${translated}`}`);
        if (attribution.origin.id !== attribution.source.id)
            lines.push(`     origin   ${safe(sourceLabel(attribution.origin))}: the desk does not hold the ${attribution.source.type ?? 'material'}, so it counts as that relay's account`);
    });
    lines.push(`  independent origins: ${view.origins.length}${view.origins.length > 0 ? ` (${view.origins.map((origin) => safe(origin.id)).join(', ')})` : ''}`);
    lines.push('', heading('Evidence'));
    if (view.evidence.length === 0)
        lines.push('  none');
    view.evidence.forEach((evidence, index) => {
        const state = evidence.state === 'ok'
            ? chalk.green(evidenceStateText(evidence))
            : evidence.state === 'not-archived' || evidence.state === 'unchecked'
                ? evidenceStateText(evidence)
                : chalk.red(evidenceStateText(evidence));
        lines.push(`  ${index + 1}. ${evidence.type} “${safe(evidence.title)}” (${evidence.relation}) — ${state}${evidence.detail ? `: ${safe(evidence.detail)}` : ''}`);
        if (evidence.id)
            lines.push(`     record   ${safe(evidence.id)}`);
        if (evidenceStateText(evidence) !== CUSTODY_TEXT[evidence.custody])
            lines.push(`     custody  ${CUSTODY_TEXT[evidence.custody]}`);
        if (evidence.note)
            lines.push(`     note     ${safe(evidence.note)}`);
        if (evidence.url)
            lines.push(`     url      ${safe(evidence.url)}`);
        if (evidence.archive)
            lines.push(`     archive  ${safe(evidence.archive)}`);
        if (evidence.origin)
            lines.push(`     origin   ${safe(evidence.origin.id)}`);
    });
    lines.push('', heading('Derivations'));
    field('derived from', list(view.derivedFrom, safe));
    const chains = context.detail.usedBy.map((chain) => safe(chainLine(chain)));
    field('used by', chains[0] ?? 'none');
    for (const chain of chains.slice(1))
        lines.push(`  ${''.padEnd(15)} ${chain}`);
    lines.push('', heading('Contradictions'));
    const listedBy = (side) => view.tensions.filter((tension) => tension.listedBy === side).map(tensionText);
    field('contradicts', list(listedBy('this'), safe));
    field('contradicted by', list(listedBy('other'), safe));
    lines.push('', heading('Confidence'));
    field('likelihood', `${likelihoodText(view)} (ICD 203)`);
    field('grade', `${view.grade.code} — ${safe(gradeText(view.grade))} (Admiralty)`);
    field('rationale', safe(claim.confidence.rationale));
    lines.push('', heading('Review'));
    field('status', claim.status);
    if (claim.review)
        field('reviewed', `${safe(claim.review.date)} by ${safe(claim.review.by)}${claim.review.note ? `: ${safe(claim.review.note)}` : ''}`);
    else
        field('reviewed', 'not yet');
    for (const entry of claim.review?.history ?? [])
        field('earlier', `${entry.status} on ${safe(entry.date)} by ${safe(entry.by)}${entry.note ? `: ${safe(entry.note)}` : ''}`);
    lines.push('', heading('Suppressions'));
    if (!claim.suppress?.length)
        lines.push('  none');
    for (const entry of claim.suppress ?? []) {
        const silenced = view.suppressed.filter((diagnostic) => diagnostic.ruleId === entry.rule).length;
        lines.push(`  ${safe(entry.rule)}: ${safe(entry.reason)} (silenced ${silenced})`);
    }
    lines.push('', heading('Open findings'));
    if (view.findings.length === 0)
        lines.push('  none');
    for (const finding of view.findings) {
        lines.push(`  ${severityLabel(chalk, finding.severity)}  ${safe(finding.message)}  ${chalk.dim(finding.ruleId)}`);
    }
    lines.push('', heading('Findings on related claims'));
    if (context.detail.relatedFindings.length === 0)
        lines.push('  none');
    for (const { on, diagnostic } of context.detail.relatedFindings) {
        lines.push(`  ${severityLabel(chalk, diagnostic.severity)}  on ${safe(on)}: ${safe(diagnostic.message)}  ${chalk.dim(diagnostic.ruleId)}`);
    }
    return inertCommands(`${lines.join('\n')}\n`, TEXT_BREAK);
}
/** `a → b → c`, and `(cycle)` when the last claim is one the chain already passed through. */
function chainLine(chain) {
    return `${chain.ids.join(' → ')}${chain.cycle ? ' (cycle)' : ''}`;
}
function list(ids, safe) {
    return ids.length === 0 ? 'none' : ids.map(safe).join(', ');
}
/** The sentence(s) the anchor sits in, with the anchored span in inverse bold, or in `[[ ]]` without colour. */
function highlightedSentence(view, context) {
    const { start, end } = view.anchor;
    if (!context.text || start === undefined || end === undefined)
        return undefined;
    const overlapping = splitSentences(context.text).filter((sentence) => sentence.start < end && sentence.end > start);
    const from = Math.min(start, ...overlapping.map((sentence) => sentence.start));
    const to = Math.max(end, ...overlapping.map((sentence) => sentence.end));
    const piece = (a, b) => terminalSafeLine(context.text.slice(a, b));
    const span = piece(start, end);
    const marked = context.chalk.level > 0 ? context.chalk.inverse.bold(span) : `[[${span}]]`;
    return `${piece(from, start)}${marked}${piece(end, to)}`;
}
