import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { extractDrafts } from '../author/extract/draft.js';
import { recordText } from '../author/append-record.js';
import { ID_PATTERN } from '../author/suggest-id.js';
import { storyRecord } from '../author/story-record.js';
import { LIMITS } from '../load/limits.js';
import { repoPath } from '../load/root.js';
import { resolveInsideRepository } from '../load/safe-read.js';
import { ExitCode, UsageError } from '../model/exit.js';
import { terminalSafe } from '../render/encode/terminal.js';
import { idsOf, planAppends, writeAppends } from './authoring.js';
import { configuredWorkspace, readStoryTextFile, warnOutsidePaths } from './story-text-file.js';
import { todayOf } from './workspace-options.js';
/** The files the drafts go to, in the output folder; existing ones get the drafts appended, never replaced. */
const FILES = { Story: 'story.yaml', Source: 'sources.yaml', Claim: 'claims.yaml' };
/**
 * Where each claim goes: `claims.yaml`, then `claims-2.yaml`, … once a file would pass the loader's size
 * limit (a long story's drafts can), counting what a file already holds.
 */
function claimFiles(claims, out) {
    const budget = LIMITS.maxRecordFileBytes * 0.9;
    const sizeOf = (file) => (existsSync(file) ? statSync(file).size : 0);
    let part = 1;
    let file = path.join(out, FILES.Claim);
    let used = sizeOf(file);
    return claims.map((claim) => {
        const text = recordText({ ...claim });
        const bytes = Buffer.byteLength(text) + 4;
        while (used > 0 && used + bytes > budget) {
            part++;
            file = path.join(out, FILES.Claim.replace(/\.yaml$/u, `-${part}.yaml`));
            used = sizeOf(file);
        }
        used += bytes;
        return { claim, file, text };
    });
}
/** `claims extract`: draft Story, Source and Claim records from a story text, offline. */
export function defineExtractCommand(command, io, setExit) {
    return command
        .argument('<text-file>', 'the story text as published, UTF-8, inside the repository')
        .requiredOption('--story <id>', 'the id of the new story (kebab-case), unique in the repository')
        .option('--out <dir>', "the folder the records go to (default: the text file's folder)")
        .option('--dry-run', 'print the records it would write; write nothing')
        .action(async (textFile, options) => {
        setExit(await extract(io, textFile, options));
    });
}
async function extract(io, textFile, options) {
    if (!ID_PATTERN.test(options.story))
        throw new UsageError(`--story "${options.story}" is not a valid id: lower-case letters and digits separated by single hyphens`);
    const story = await readStoryTextFile(io, textFile);
    const { root, loaded, thresholds } = story;
    const out = options.out === undefined ? story.folder : path.resolve(io.cwd, options.out);
    const textPath = path.relative(out, story.absolute).split(path.sep).join('/');
    // A Story names its text relative to its own file, and never through "..": the text must be in --out or below it.
    const textFromRecord = resolveInsideRepository(root, out, textPath);
    if (!textFromRecord.ok)
        throw new UsageError(`--out "${terminalSafe(options.out ?? '')}": the Story record there cannot name the text file: ${textFromRecord.reason}`, [], "Put the records in the text file's folder (the default) or a folder above it, inside the repository.");
    for (const name of Object.values(FILES)) {
        const target = resolveInsideRepository(root, out, name);
        if (!target.ok)
            throw new UsageError(`--out "${terminalSafe(options.out ?? '')}": ${target.reason}`);
    }
    const workspace = await configuredWorkspace(root, loaded);
    const existing = workspace.stories.get(options.story);
    if (existing)
        throw new UsageError(`a Story with id "${options.story}" already exists in ${terminalSafe(existing.file)}; nothing was written`, [], 'Story ids are unique across the repository: choose another --story. `claims extract` never changes existing records.');
    const drafts = extractDrafts({
        text: story.text,
        storyId: options.story,
        hedges: thresholds.hedges,
        minSimilarity: thresholds.anchorMinSimilarity,
        takenClaimIds: idsOf(workspace, 'Claim'),
        takenSourceIds: idsOf(workspace, 'Source'),
        knownSources: [...workspace.sources.values()].flatMap((record) => (record.valid ? [record.value] : [])),
    });
    const record = storyRecord({ id: options.story, text: textPath, sha256: story.sha256, retrieved: todayOf(io.env) }, story.text);
    const file = (kind) => path.join(out, FILES[kind]);
    const records = [
        { kind: 'Story', record: { ...record }, file: file('Story') },
        ...drafts.sources.map((source) => ({ kind: 'Source', record: { ...source }, file: file('Source') })),
        ...claimFiles(drafts.claims, out).map(({ claim, file: target, text }) => ({
            kind: 'Claim',
            record: { ...claim },
            file: target,
            text,
        })),
    ];
    const plans = planAppends(root, records);
    // Wire copy and e-mail wrap lines: each line without a full stop would be read as a heading.
    if (drafts.headings >= 3 && drafts.headings * 2 > drafts.sentences)
        io.stderr(`claims: ${drafts.headings} of the ${drafts.sentences} sentences of ${terminalSafe(repoPath(root, story.absolute))} are lines without a full stop, read as headings: if the text is wrapped, join each paragraph onto one line and extract again\n`);
    for (const number of drafts.unanchored)
        io.stderr(`claims: sentence ${number} of ${terminalSafe(repoPath(root, story.absolute))} has the same text around it for 200 characters as another place: no draft anchors it; anchor a longer span that reaches past the repetition (\`claims new claim --story ${options.story} --exact …\`), or leave it uncovered\n`);
    const summary = `${drafts.claims.length} draft claims for ${drafts.sentences - drafts.unanchored.length} of ${drafts.sentences} sentences, ${drafts.sources.length} sources`;
    if (options.dryRun) {
        for (const plan of plans) {
            await io.stdout(`# ${terminalSafe(plan.name)} (${plan.existing === undefined ? 'new file' : 'appended'})\n`);
            for (const text of plan.texts)
                await io.stdout(`---\n${text}`);
        }
        io.stderr(`claims: dry run: ${summary}; nothing was written\n`);
        return ExitCode.Ok;
    }
    await writeAppends(root, plans);
    await warnOutsidePaths(io, root, loaded, plans.map((plan) => plan.name));
    const written = plans.map((plan) => `${terminalSafe(plan.name)} (${plan.records.length})`).join(', ');
    await io.stdout(`extracted ${summary}: ${written}\nEvery claim is tagged "draft", unreviewed and ungraded: run \`claims verify\`, then judge each one (\`claims list --tag draft\`).\n`);
    return ExitCode.Ok;
}
