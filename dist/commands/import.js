import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Option } from 'commander';
import { createTwoFilesPatch } from 'diff';
import { AppendError, appendRecords } from '../author/append-record.js';
import { jsonLdOfHtml, MATCH_THRESHOLD, parseClaimReviews, parseFactCheckApi, planImport, } from '../author/import-reviews.js';
import { applyValueEdits, EditConflict } from '../author/yaml-edits.js';
import { decodeUtf8 } from '../load/decode.js';
import { LIMITS } from '../load/limits.js';
import { repoPath } from '../load/root.js';
import { readRegularFile } from '../load/safe-read.js';
import { describeSchemaErrors } from '../load/schema/messages.js';
import { validateAgainst } from '../load/schema/schemas.js';
import { ChangedSinceReadError, writeIfUnchanged } from '../load/write-if-unchanged.js';
import { ExitCode, UsageError } from '../model/exit.js';
import { terminalSafeLine } from '../render/encode/terminal.js';
import { existingRecord, loadAuthoring, storyFolder } from './authoring.js';
const FORMATS = ['factcheck-api', 'claimreview'];
/** The largest file read: a search response or a page is far smaller. */
const MAX_INPUT_BYTES = 16 * 1024 * 1024;
/**
 * `claims import <file> --format factcheck-api|claimreview`: prior fact-checks as shared Evidence
 * records (custody cited, the reviewing publisher as a Source), linked to the claims whose statements
 * they match (author/import-reviews.ts); the unmatched are listed. Nothing is overwritten: records are
 * appended and the claims' evidence lists grow by an item, comments and formatting kept, each file
 * atomically and only if unchanged since it was read. `--dry-run` prints the changes as a unified diff.
 */
export function defineImportCommand(command, io, setExit) {
    return command
        .argument('<file>', 'a Fact Check Tools claims:search response (JSON), or ClaimReview JSON-LD (or an HTML page holding it)')
        .addOption(new Option('-f, --format <name>', 'what the file holds').choices(FORMATS).makeOptionMandatory())
        .option('-s, --story <id>', "only match this story's claims")
        .option('--dry-run', 'print the changes as a unified diff and write nothing')
        .action(async (file, options) => {
        const reviews = readReviews(io, file, options.format);
        const authoring = await loadAuthoring(io);
        const { workspace, root } = authoring;
        if (options.story !== undefined)
            existingRecord(workspace, 'Story', options.story, '--story');
        const claims = workspace
            .valid('Claim')
            .filter((record) => options.story === undefined || record.value.story === options.story)
            .filter((record) => workspace.claims.get(record.value.id) === record);
        const plan = planImport(reviews, {
            claims: claims.map(({ value }) => ({
                id: value.id,
                story: value.story,
                statement: value.statement,
                summary: value.summary,
                refs: (value.evidence ?? []).flatMap((item) => ('ref' in item && typeof item.ref === 'string' ? [item.ref] : [])),
            })),
            evidence: workspace.valid('Evidence').map(({ value }) => ({ id: value.id, url: value.url })),
            sources: workspace.valid('Source').map(({ value }) => ({ id: value.id, name: value.name, sameAs: value.sameAs ?? [] })),
            evidenceIds: new Set(workspace.index('Evidence').keys()),
            sourceIds: new Set(workspace.index('Source').keys()),
        });
        for (const { record } of [...plan.sources, ...plan.evidence]) {
            const errors = validateAgainst(record.kind.toLowerCase(), record);
            if (errors.length > 0)
                throw new Error(`an imported ${record.kind} would not be valid: ${describeSchemaErrors(errors)
                    .map((problem) => `${problem.pointer || '/'} ${problem.message}`)
                    .join('; ')}`);
        }
        // Every file's text before and after, written only when all of them could be made.
        const changes = new Map();
        const textOf = (absolute) => {
            const change = changes.get(absolute);
            if (change)
                return change.after;
            const before = readRecordText(root, absolute);
            changes.set(absolute, { before, after: before ?? '' });
            return before;
        };
        const change = (absolute, next) => (changes.get(absolute).after = next);
        const folderOf = (storyId) => storyFolder(authoring, workspace.stories.get(storyId));
        try {
            // Each file's new records appended at once: one read-back per file, however many are imported.
            const appends = new Map();
            const append = (absolute, record) => appends.set(absolute, [...(appends.get(absolute) ?? []), { ...record }]);
            for (const { story, record } of plan.sources)
                append(path.join(folderOf(story), 'sources.yaml'), record);
            for (const { story, record } of plan.evidence)
                append(path.join(folderOf(story), 'evidence.yaml'), record);
            for (const [absolute, records] of appends)
                change(absolute, appendRecords(textOf(absolute), records));
            const counts = new Map();
            for (const link of plan.links) {
                const record = workspace.claims.get(link.claim);
                const absolute = path.join(root, record.file);
                const length = counts.get(link.claim) ?? record.value.evidence?.length ?? 0;
                const edit = {
                    docIndex: record.docIndex,
                    path: ['evidence'],
                    expectedLength: length,
                    item: { ref: link.ref, relation: link.relation },
                };
                change(absolute, applyValueEdits(textOf(absolute) ?? '', [edit]));
                counts.set(link.claim, length + 1);
            }
        }
        catch (error) {
            if (error instanceof AppendError || error instanceof EditConflict)
                throw new UsageError(`cannot import: ${error.message}; nothing was written`, [], 'Run `claims validate`, fix what it reports, and import again.');
            throw error;
        }
        const say = (line) => (options.dryRun ? io.stderr(line) : io.stdout(line));
        const safe = terminalSafeLine;
        for (const absolute of [...changes.keys()].sort()) {
            const { before, after } = changes.get(absolute);
            const name = repoPath(root, absolute);
            if (options.dryRun)
                await io.stdout(createTwoFilesPatch(before === undefined ? '/dev/null' : `a/${name}`, `b/${name}`, before ?? '', after, undefined, undefined, {
                    context: 2,
                }));
            else {
                try {
                    await mkdir(path.dirname(absolute), { recursive: true });
                    await writeIfUnchanged(absolute, before, after);
                }
                catch (error) {
                    if (error instanceof ChangedSinceReadError)
                        throw new UsageError(`${name} changed while claims import ran; nothing more was written`, [], 'Run `claims import` again.');
                    throw error;
                }
            }
        }
        const verb = options.dryRun ? 'would ' : '';
        for (const { record } of plan.sources)
            say(`${verb}${options.dryRun ? 'add' : 'added'} source ${safe(record.id)}: ${safe(record.name ?? record.description)}\n`);
        for (const { record } of plan.evidence)
            say(`${verb}${options.dryRun ? 'add' : 'added'} evidence ${safe(record.id)}: ${safe(record.url ?? '')}\n`);
        for (const link of plan.links)
            say(`${verb}${options.dryRun ? 'link' : 'linked'} ${safe(link.claim)} → ${safe(link.ref)} (similarity ${link.score.toFixed(2)})\n`);
        for (const link of plan.kept)
            say(`already linked ${safe(link.claim)} → ${safe(link.ref)}\n`);
        for (const { review, best } of plan.unmatched)
            io.stderr(`claims: unmatched ${safe(review.url)}: "${safe(review.claimTexts[0] ?? '(no claim text)')}"` +
                `${best ? ` (closest: ${safe(best.claim)}, similarity ${best.score.toFixed(2)} < ${MATCH_THRESHOLD})` : ''}\n`);
        io.stderr(`claims: ${reviews.length} review${reviews.length === 1 ? '' : 's'} read; ${plan.evidence.length} evidence record${plan.evidence.length === 1 ? '' : 's'} and ` +
            `${plan.links.length} link${plan.links.length === 1 ? '' : 's'} ${options.dryRun ? 'would be ' : ''}added; ${plan.unmatched.length} unmatched` +
            `${options.dryRun ? '; nothing was written' : ''}\n`);
        setExit(ExitCode.Ok);
    });
}
function readReviews(io, file, format) {
    const read = readRegularFile(path.resolve(io.cwd, file), MAX_INPUT_BYTES);
    if (!read.ok)
        throw new UsageError(`cannot read ${file}: ${read.reason}`);
    const decoded = decodeUtf8(read.bytes);
    if (!decoded.ok)
        throw new UsageError(`${file}: ${decoded.problem.message}`);
    const text = decoded.text.replace(/^\uFEFF/, '');
    let value;
    if (format === 'claimreview' && /^\s*</.test(text))
        value = jsonLdOfHtml(text);
    else {
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            throw new UsageError(`${file} is not JSON: ${error.message}`);
        }
    }
    const { reviews, problems } = format === 'factcheck-api' ? parseFactCheckApi(value) : parseClaimReviews(value);
    if (reviews.length === 0)
        throw new UsageError(`${file}: no review to import`, problems.map((problem) => `${problem.at}: ${problem.why}`), `Is it ${format === 'factcheck-api' ? 'a Fact Check Tools claims:search response' : 'ClaimReview JSON-LD'}? Check --format.`);
    for (const problem of problems)
        io.stderr(`claims: skipped ${terminalSafeLine(problem.at)}: ${terminalSafeLine(problem.why)}\n`);
    return reviews;
}
/** A record file's text, or undefined when it does not exist yet. */
function readRecordText(root, absolute) {
    const read = readRegularFile(absolute, LIMITS.maxRecordFileBytes);
    if (!read.ok) {
        if (read.code === 'missing')
            return undefined;
        throw new UsageError(`cannot write to ${repoPath(root, absolute)}: ${read.reason}`);
    }
    const decoded = decodeUtf8(read.bytes);
    if (!decoded.ok)
        throw new UsageError(`cannot write to ${repoPath(root, absolute)}: ${decoded.problem.message}`);
    return decoded.text;
}
