import path from 'node:path';
import { Option } from 'commander';
import { suggestId } from '../author/suggest-id.js';
import { CUSTODIES, EVIDENCE_TYPES } from '../author/vocabulary.js';
import { repoPath } from '../load/root.js';
import { readRegularFile, resolveInsideRepository } from '../load/safe-read.js';
import { sha256 } from '../load/sha256.js';
import { UsageError } from '../model/exit.js';
import { checkNewId, existingRecord, idsOf, loadAuthoring, storyFolder, targetFile, writeRecord } from './authoring.js';
/** `claims new evidence`: an Evidence record appended to the story folder's evidence.yaml. */
export function defineNewEvidenceCommand(parent, io, setExit) {
    return parent
        .command('evidence')
        .description("add an Evidence record to a story's evidence.yaml")
        .option('--id <id>', 'the evidence id (default: suggested from the title, unique)')
        .requiredOption('--title <title>', 'a human-readable title')
        .option('--archive <file>', 'the preserved copy the desk holds (its sha256 is computed), inside the repository')
        .option('--url <url>', 'where the material is published')
        .addOption(new Option('--custody <custody>', 'held (a copy is archived), cited (the story cites it) or described (a source describes it)').choices(CUSTODIES))
        .addOption(new Option('--type <type>', 'what the evidence is').choices(EVIDENCE_TYPES).default('document'))
        .option('--origin <source-id>', 'the Source the material ultimately comes from')
        .option('--retrieved <date>', 'when it was captured, YYYY-MM-DD (default: today)')
        .option('--story <id>', 'the story whose folder the record goes to (default: the story whose folder holds --archive, or the only story)')
        .option('--dry-run', 'print the record; write nothing')
        .option('--file <name>', "the file to append to, relative to the story's folder (without --story: to the working directory)")
        .action(async (options) => {
        const custody = options.custody ?? (options.archive !== undefined ? 'held' : 'cited');
        if (custody === 'held' && options.archive === undefined)
            throw new UsageError('--custody held needs --archive: the desk holds a preserved copy', [], 'Use --custody cited for material the desk has not obtained.');
        if (options.archive === undefined && options.url === undefined && custody !== 'described')
            throw new UsageError('give --archive FILE (a copy the desk holds) or --url URL (where it is published)');
        if (options.retrieved !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.retrieved))
            throw new UsageError(`--retrieved needs a date as YYYY-MM-DD, got "${options.retrieved}"`);
        const authoring = await loadAuthoring(io);
        const { workspace } = authoring;
        const story = options.story !== undefined
            ? existingRecord(workspace, 'Story', options.story, '--story')
            : options.file === undefined
                ? inferredStory(authoring, io.cwd, options.archive)
                : undefined;
        if (options.origin !== undefined)
            existingRecord(workspace, 'Source', options.origin, '--origin');
        const base = story ? storyFolder(authoring, story) : io.cwd;
        const file = targetFile(authoring.root, base, 'evidence.yaml', options.file);
        const id = options.id ?? suggestId(options.title, 'evidence', idsOf(workspace, 'Evidence'));
        if (options.id !== undefined)
            checkNewId(workspace, 'Evidence', id);
        const archived = options.archive === undefined ? undefined : archiveOf(authoring, io.cwd, options.archive, file);
        const record = {
            apiVersion: 'claims/v1',
            kind: 'Evidence',
            id,
            type: options.type,
            title: options.title,
            ...(options.url !== undefined ? { url: options.url } : {}),
            ...(archived ? { archive: archived.archive, sha256: archived.sha256 } : {}),
            retrieved: options.retrieved ?? authoring.today,
            ...(options.origin !== undefined ? { origin: options.origin } : {}),
            custody,
        };
        await writeRecord(io, setExit, {
            root: authoring.root,
            kind: 'Evidence',
            record: { ...record },
            file,
            dryRun: options.dryRun ?? false,
        });
    });
}
/**
 * The story an Evidence record goes beside when no --story or --file says: the one whose folder holds
 * the archive (the deepest, when story folders nest), else the repository's only story.
 */
function inferredStory(authoring, cwd, archive) {
    const stories = authoring.workspace.valid('Story');
    if (archive !== undefined) {
        const absolute = path.resolve(cwd, archive);
        const holding = stories
            .map((story) => ({ story, folder: storyFolder(authoring, story) }))
            .filter(({ folder }) => absolute.startsWith(`${folder}${path.sep}`))
            .sort((a, b) => b.folder.length - a.folder.length)[0];
        if (holding)
            return holding.story;
    }
    const [only, ...more] = stories;
    if (only && more.length === 0)
        return only;
    throw new UsageError(`give --story: ${stories.length === 0 ? 'the repository has no story yet' : `the evidence could go beside any of ${stories.length} stories`}`, [], "The record goes to that story's evidence.yaml; --file names another file.");
}
/**
 * The archive as the record names it (relative to the record's file, in its folder or below: record
 * paths have no `..`) and the sha256 of its bytes. Refuses a file outside the repository, a symbolic
 * link, or one that is missing or too large.
 */
function archiveOf(authoring, cwd, given, recordFile) {
    const absolute = path.resolve(cwd, given);
    const recordDir = path.dirname(recordFile);
    const relative = path.relative(recordDir, absolute).split(path.sep).join('/');
    const fromRoot = path.relative(authoring.root, absolute);
    if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${path.sep}`) || path.isAbsolute(fromRoot))
        throw new UsageError(`--archive "${given}" is outside the repository`, [], 'Archived evidence is kept inside the repository.');
    const named = resolveInsideRepository(authoring.root, recordDir, relative);
    if (!named.ok)
        throw new UsageError(`--archive "${given}" must be in ${repoPath(authoring.root, recordDir)}/ or a folder below it (${named.reason})`, [], 'Move the archived copy next to the record file, e.g. into an evidence/ folder beside it.');
    const read = readRegularFile(named.absolute, authoring.thresholds.maxEvidenceBytes);
    if (!read.ok)
        throw new UsageError(`--archive "${given}": ${read.reason}`);
    return { archive: relative, sha256: sha256(read.bytes) };
}
