import { lstatSync } from 'node:fs';
import path from 'node:path';
import { ExitCode, UsageError } from '../model/exit.js';
import { repoPath } from '../load/root.js';
import { TextIndex } from '../load/text-index.js';
import { ChangedSinceReadError, writeIfUnchanged } from '../load/write-if-unchanged.js';
import { recordYaml } from '../author/record-yaml.js';
import { sentencesWithClaims } from '../author/sentence-claims.js';
import { recordProblems, storyRecord } from '../author/story-record.js';
import { chalkFor } from '../render/colour.js';
import { terminalSafe } from '../render/encode/terminal.js';
import { terminalWidth } from '../render/report/fit.js';
import { renderSentencesTable } from '../render/sentences.js';
import { numberedSentences } from '../views/sentences.js';
import { configuredWorkspace, readStoryTextFile, warnOutsidePaths } from './story-text-file.js';
import { todayOf } from './workspace-options.js';
const DEFAULT_FILE = 'story.yaml';
/**
 * Adds `story` to the `claims new` command: `claims new story <text-file> --id <id>` writes a Story
 * record beside the text file, with the text's sha256 and today's date as `retrieved`.
 */
export function registerNewStory(newCommand, io, setExit) {
    return newCommand
        .command('story')
        .description('write a Story record beside a story text file, with its sha256, and list its sentences')
        .argument('<text-file>', 'the story text as published, UTF-8, inside the repository')
        .requiredOption('--id <id>', 'the story id (kebab-case), unique among the stories of the repository')
        .option('--title <title>', "the headline (default: the text's first line when it is a heading, else the id)")
        .option('--url <url>', 'where the story was published')
        .option('--publisher <name>', 'who published it')
        .option('--published <date>', 'publication date, YYYY-MM-DD')
        .option('--file <name>', 'name of the record file, written beside the text file', DEFAULT_FILE)
        .option('--dry-run', 'print the record instead of writing it')
        .action(async (textFile, options) => {
        setExit(await newStory(io, textFile, options));
    });
}
async function newStory(io, textFile, options) {
    if (!/^[^/\\]+\.ya?ml$/i.test(options.file) || options.file.startsWith('.'))
        throw new UsageError(`--file must be a file name ending in .yaml or .yml, without a folder; got "${options.file}"`, [], 'The record is written beside the text file.');
    const story = await readStoryTextFile(io, textFile);
    const { root, loaded } = story;
    const record = storyRecord({
        id: options.id,
        title: options.title,
        text: story.name,
        sha256: story.sha256,
        url: options.url,
        publisher: options.publisher,
        published: options.published,
        retrieved: todayOf(io.env),
    }, story.text);
    const problems = recordProblems('story', record);
    if (problems.length > 0)
        throw new UsageError(`the Story record would not be valid: ${problems[0]}`, problems.slice(1), 'Run `claims new story --help` for the options, `claims schema story` for the record.');
    const recordFile = path.join(story.folder, options.file);
    const recordName = repoPath(root, recordFile);
    if (exists(recordFile))
        throw new UsageError(`${terminalSafe(recordName)} exists; nothing was written`, [], 'Choose another file name with --file; an existing file is never overwritten.');
    const workspace = await configuredWorkspace(root, loaded);
    const existing = workspace.stories.get(record.id);
    if (existing)
        throw new UsageError(`a Story with id "${record.id}" already exists in ${terminalSafe(existing.file)}; nothing was written`, [], 'Story ids are unique across the repository: choose another --id.');
    const text = recordYaml(record);
    if (options.dryRun) {
        await io.stdout(text);
        io.stderr(`claims: dry run: nothing was written to ${terminalSafe(recordName)}\n`);
        return ExitCode.Ok;
    }
    try {
        await writeIfUnchanged(recordFile, undefined, text);
    }
    catch (error) {
        if (error instanceof ChangedSinceReadError)
            throw new UsageError(`${terminalSafe(recordName)} appeared while the record was made; nothing was written`);
        throw error;
    }
    await warnOutsidePaths(io, root, loaded, [recordName]);
    const sentences = sentencesWithClaims(numberedSentences(story.text, new TextIndex(story.text)), []);
    await io.stdout(`created ${terminalSafe(recordName)}: Story ${record.id}\n\n${renderSentencesTable(sentences, {
        chalk: chalkFor(io),
        width: terminalWidth(io.columns),
        claims: false,
    })}`);
    return ExitCode.Ok;
}
function exists(file) {
    try {
        lstatSync(file);
        return true;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return false;
        throw error;
    }
}
