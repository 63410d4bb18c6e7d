import { Option } from 'commander';
import { suggestId } from '../author/suggest-id.js';
import { GROUND_RULES, HOW_KNOWN, SOURCE_TYPES } from '../author/vocabulary.js';
import { UsageError } from '../model/exit.js';
import { checkNewId, existingRecord, idsOf, loadAuthoring, storyFolder, targetFile, writeRecord } from './authoring.js';
/** `claims new source`: a Source record appended to the story folder's sources.yaml. */
export function defineNewSourceCommand(parent, io, setExit) {
    return parent
        .command('source')
        .description("add a Source record to a story's sources.yaml")
        .requiredOption('--story <id>', 'the story whose folder the record goes to (a Source has no story field)')
        .option('--id <id>', 'the source id (default: suggested from the name or description, unique)')
        .option('--name <name>', 'the name of a named source')
        .option('--anonymous', 'an anonymous source: needs --reason and --description')
        .option('--reason <text>', 'why anonymity was granted, as the story gives it; "none" when it gives none')
        .addOption(new Option('--type <type>', 'what kind of source').choices(SOURCE_TYPES).default('person'))
        .option('--description <text>', 'how the story identifies the source (default for a named source: the name)')
        .addOption(new Option('--ground-rule <rule>', 'terms of the information (AP)').choices(GROUND_RULES))
        .addOption(new Option('--how-known <how>', 'how an anonymous source knows (default: unknown)').choices(HOW_KNOWN))
        .option('--dry-run', 'print the record; write nothing')
        .option('--file <name>', "the file to append to, relative to the story's folder (default: sources.yaml)")
        .action(async (options) => {
        const record = sourceRecord(options);
        const authoring = await loadAuthoring(io);
        const story = existingRecord(authoring.workspace, 'Story', options.story, '--story');
        const taken = idsOf(authoring.workspace, 'Source');
        let id = options.id;
        if (id === undefined) {
            const from = options.name ?? options.description ?? '';
            id = suggestId(from, 'source', taken);
            const plain = suggestId(from, 'source', new Set());
            if (id !== plain)
                io.stderr(`claims: note: a source "${plain}" exists already; if it is this source, refer to it instead of adding ${id}\n`);
        }
        else
            checkNewId(authoring.workspace, 'Source', id);
        await writeRecord(io, setExit, {
            root: authoring.root,
            kind: 'Source',
            record: { apiVersion: 'claims/v1', kind: 'Source', id, ...record },
            file: targetFile(authoring.root, storyFolder(authoring, story), 'sources.yaml', options.file),
            dryRun: options.dryRun ?? false,
        });
    });
}
/** The fields of the record after its id, in the order the repository's records give them. */
function sourceRecord(options) {
    if (options.anonymous && options.name !== undefined)
        throw new UsageError('give either --name or --anonymous, not both');
    if (!options.anonymous && options.name === undefined)
        throw new UsageError('give --name for a named source, or --anonymous --reason TEXT --description TEXT for an anonymous one');
    if (!options.anonymous) {
        if (options.reason !== undefined)
            throw new UsageError('--reason is for an anonymous source; add --anonymous or leave it out');
        if (options.howKnown !== undefined)
            throw new UsageError('--how-known is for an anonymous source; add --anonymous or leave it out');
        return {
            type: options.type,
            name: options.name,
            description: options.description ?? options.name,
            ...(options.groundRule ? { groundRule: options.groundRule } : {}),
        };
    }
    if (options.reason === undefined)
        throw new UsageError('--anonymous needs --reason: why anonymity was granted, as the story gives it, or "none" when it gives none');
    if (options.description === undefined)
        throw new UsageError('--anonymous needs --description: how the story identifies the source ("a senior official")');
    return {
        type: options.type,
        description: options.description,
        ...(options.groundRule ? { groundRule: options.groundRule } : {}),
        anonymity: { reason: options.reason === 'none' ? null : options.reason, howKnown: options.howKnown ?? 'unknown' },
    };
}
