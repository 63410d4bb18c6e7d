import path from 'node:path';
import { compareDiagnostics, compareText } from '../model/diagnostic.js';
import { mergeFields } from '../model/fields.js';
import { joinPointer } from '../model/pointer.js';
import { locateFindings } from '../load/locate-findings.js';
import { readNamedFiles } from '../load/named-files.js';
import { loadAndValidate } from '../load/parallel.js';
import { cutRecords } from '../load/record-views.js';
import { Workspace } from '../load/workspace.js';
import { RULES_BY_ID } from './catalogue.js';
import { withGuardedReads } from './guard-reads.js';
import { fieldsKept, fieldsStillKept, filesRead, rulesOf, withFileFields } from './reads.js';
import { formatMessage } from './rule.js';
import { reportUnusedSuppressions, suppressUnused } from './rules/suppress-unused.js';
import { runStoryByStory } from './story-text-rules.js';
import { resolveThresholds } from './thresholds.js';
import { VerifyContext } from './verify-context.js';
/** Under test, every rule runs with reads outside its declaration made to throw (check/guard-reads.ts). */
const STRICT_READS = process.env.CLAIMS_STRICT_READS === '1';
/** load → check: parses the files, runs the stage's rules, applies config and suppressions, locates findings. */
export async function runChecks(options) {
    const { root, stage, config } = options;
    const rules = rulesOf(stage).filter((rule) => rule.check && config.rules?.[rule.id] !== 'off');
    const [textRules, otherRules] = [rules.filter(readsStoryText), rules.filter((rule) => !readsStoryText(rule))];
    // What the command keeps of each record besides what the checks read (undefined: whole records), what the checks
    // read, and what the run holds.
    const asked = options.keepRecords === true ? undefined : options.keepRecords || {};
    const read = asked && mergeFields([fieldsKept(stage), asked]);
    // Read by story, the run holds from its load only what the other rules read and what reading the files takes (the
    // anchors are resolved as the story texts are read), then only what the other rules read.
    const readByStory = asked && options.storyTextFieldsByStory && textRules.length > 0
        ? { root, read: read, held: fieldsStillKept(asked, otherRules) }
        : undefined;
    let kept = readByStory ? withFileFields(stage, readByStory.held) : read;
    const loaded = await loadAndValidate(root, options.files, options.jobs, kept ?? 'records');
    // The loader words its findings as the parser or the schema describes the problem; the catalogue's template frames it.
    const findings = loaded.findings.map((finding) => ({
        ...finding,
        message: formatMessage(ruleOf(finding), finding.messageId, { problem: finding.message }),
    }));
    const workspace = new Workspace(root, loaded.files, loaded.records);
    const thresholds = resolveThresholds(config.thresholds);
    const { today } = options;
    const files = await readNamedFiles(workspace, filesRead(stage), thresholds.maxEvidenceBytes);
    const verify = stage === 'verify' ? new VerifyContext(workspace, files, thresholds) : undefined;
    // Fields are dropped once no rule still to run reads them (nor the command): over 100,000 claims they are most of
    // what the run holds. The rules that read the story text run first, a story at a time, as they alone read the
    // longest (statements, anchors), before the rules that report most findings. Diagnostics are sorted, so the order
    // does not show.
    const dropUnread = (rulesToRun) => {
        if (!asked || !kept)
            return;
        const still = fieldsStillKept(asked, rulesToRun);
        cutRecords(workspace.records, kept, still);
        kept = still;
    };
    if (readByStory)
        dropUnread(otherRules);
    const runRule = (rule, scope = workspace) => {
        const report = reporter(rule, findings);
        // Validate-stage rules are given no verify context (there is none in that stage).
        const check = (context) => rule.check(ruleContext(rule, { workspace: scope, thresholds, report, verify: context }, today));
        if (STRICT_READS)
            withGuardedReads(rule, workspace.records, verify, check);
        else
            check(verify);
    };
    if (textRules.length > 0)
        runStoryByStory(workspace, (scope) => textRules.forEach((rule) => runRule(rule, scope)), readByStory);
    dropUnread(otherRules);
    otherRules.forEach((rule) => runRule(rule));
    settle(findings, config);
    if (stage === 'verify' && config.rules?.['suppress/unused'] !== 'off') {
        const unused = [];
        reportUnusedSuppressions(workspace.records, findings, config, RULES_BY_ID, reporter(suppressUnused, unused));
        settle(unused, config);
        findings.push(...unused);
    }
    const stories = verify ? summarise(workspace, verify, findings) : [];
    dropUnread([]);
    const diagnostics = locateFindings(root, findings);
    return {
        stage,
        workspace,
        verify,
        thresholds,
        diagnostics: diagnostics.sort(compareDiagnostics),
        stories,
        dependencies: { files: files.read, usedGit: files.usedGit },
    };
}
function readsStoryText(rule) {
    return rule.reads.files?.includes('story-text') === true;
}
function ruleOf(finding) {
    const rule = RULES_BY_ID.get(finding.ruleId);
    if (!rule)
        throw new Error(`finding for unknown rule ${finding.ruleId}`);
    return rule;
}
/** What a rule is given, with today's date, which under test throws for a rule that did not declare `reads.clock`. */
function ruleContext(rule, given, today) {
    return Object.defineProperty(given, 'today', {
        get() {
            if (STRICT_READS && !rule.reads.clock)
                throw new Error(`${rule.id} read today's date without declaring it: add \`clock: true\` to the rule's \`reads\``);
            return today;
        },
    });
}
/** The `report` a rule is given: the message from its table, the place from the record and path. */
function reporter(rule, findings) {
    return (record, at, messageId, data, options = {}) => {
        const place = Array.isArray(at)
            ? { file: record.file, docIndex: record.docIndex, pointer: joinPointer(at), part: options.part ?? 'value' }
            : at;
        findings.push({
            ruleId: rule.id,
            messageId,
            ...(options.severity ? { severity: options.severity } : {}),
            message: formatMessage(rule, messageId, data),
            place,
            record,
            ...relatedOf(record, options.related),
        });
    };
}
/** The ids of the other claims a finding concerns, once each, in the order the rule gave them; never the record itself. */
function relatedOf(record, related) {
    const ids = [...new Set((related ?? []).filter((other) => other !== record).flatMap((other) => other.id ?? []))];
    return ids.length > 0 ? { related: ids } : {};
}
/**
 * One summary per valid story. A finding counts for the story its record belongs to (a claim's story, the
 * story itself); a finding no record holds (a file that could not be parsed) or whose record names no
 * known story (an invalid claim) counts for the story whose folder holds its file, so a file that fails
 * to load does not vanish from its story's line.
 */
function summarise(workspace, verify, findings) {
    const summaries = new Map();
    const folders = [];
    for (const story of workspace.stories.values()) {
        if (!story.valid)
            continue;
        const coverage = verify.coverage(story.value.id);
        const summary = {
            storyId: story.value.id,
            claims: workspace.claimsOf(story.value.id).length,
            anchored: coverage?.anchored ?? 0,
            sentences: coverage?.sentenceCount ?? 0,
            coverage: coverage?.percent,
            errors: 0,
            warnings: 0,
            failedFiles: 0,
        };
        summaries.set(story.value.id, summary);
        folders.push({ folder: path.posix.dirname(story.file), summary });
    }
    const recordFiles = new Set(workspace.files);
    const loaded = new Set(workspace.records.map((record) => record.file));
    const failed = new Map();
    for (const finding of findings) {
        if (finding.suppression)
            continue;
        const { record } = finding;
        let storyId;
        if (record?.kind === 'Claim')
            storyId = record.value.story;
        else if (record?.kind === 'Story')
            storyId = record.id;
        // A record of another kind (a source, evidence) is not one story's: it is counted nowhere, as before.
        const ofOneStory = !record || record.kind === 'Claim' || record.kind === 'Story';
        let owners = typeof storyId === 'string' && summaries.has(storyId) ? [summaries.get(storyId)] : [];
        if (owners.length === 0 && ofOneStory && recordFiles.has(finding.place.file))
            owners = storiesHolding(folders, finding.place.file);
        for (const summary of owners) {
            if (finding.severity === 'error')
                summary.errors++;
            else if (finding.severity === 'warning')
                summary.warnings++;
            if (!record && finding.severity === 'error' && !loaded.has(finding.place.file)) {
                let files = failed.get(summary);
                if (!files)
                    failed.set(summary, (files = new Set()));
                files.add(finding.place.file);
            }
        }
    }
    for (const [summary, files] of failed)
        summary.failedFiles = files.size;
    return [...summaries.values()].sort((a, b) => compareText(a.storyId, b.storyId));
}
/** The stories whose folder holds `file` most closely: the deepest such folder, all of its stories. */
function storiesHolding(folders, file) {
    const holding = folders.filter(({ folder }) => folder === '.' || file.startsWith(`${folder}/`));
    const deepest = Math.max(...holding.map(({ folder }) => (folder === '.' ? 0 : folder.length)));
    return holding.filter(({ folder }) => (folder === '.' ? 0 : folder.length) === deepest).map(({ summary }) => summary);
}
/**
 * Drops findings of rules the config turns off, applies configured severities, and marks what a record's
 * `suppress` silences: in place, as a copy of 100,000 findings would be held beside them.
 */
function settle(findings, config) {
    let kept = 0;
    for (const finding of findings) {
        const rule = ruleOf(finding);
        const configured = rule.configurable ? config.rules?.[rule.id] : undefined;
        if (configured === 'off')
            continue;
        finding.severity = configured ?? finding.severity ?? rule.severity;
        const entry = rule.configurable
            ? finding.record?.valid && finding.record.value.suppress?.find((suppression) => suppression.rule === rule.id)
            : undefined;
        if (entry)
            finding.suppression = { reason: entry.reason };
        findings[kept++] = finding;
    }
    findings.length = kept;
}
