import { Command, CommanderError } from 'commander';
import { ExitCode, UsageError } from './model/exit.js';
import { packageJson } from './model/package.js';
import { terminalSafe } from './render/encode/terminal.js';
/**
 * The command table. Each command's module is imported only when that command runs (or for help), so
 * `claims verify` does not load the report renderers: start-up time is a goal (`npm run bench`).
 */
const COMMANDS = [
    { name: 'validate', description: 'check records are well-formed: YAML, schema, ids and references', load: () => lintCommand('validate') },
    {
        name: 'verify',
        description: 'run every check: anchors, hashes, sourcing, confidence, status, coverage',
        load: () => lintCommand('verify'),
    },
    {
        name: 'fix',
        description: 'repair records after a story text changed: its sha256, moved anchors and quotes (--dry-run: a diff)',
        load: async () => (await import('./commands/fix.js')).defineFixCommand,
    },
    {
        name: 'schema',
        description: 'print a record JSON Schema',
        load: async () => (await import('./commands/schema.js')).defineSchemaCommand,
    },
    {
        name: 'list',
        description: 'list claims, filtered and sorted, as a table, JSON, CSV or ids',
        load: async () => (await import('./commands/list.js')).defineListCommand,
    },
    {
        name: 'show',
        description: 'show one claim: anchored sentence, sourcing chain, evidence, confidence, review, findings',
        load: async () => (await import('./commands/show.js')).defineShowCommand,
    },
    {
        name: 'report',
        description: "the editors' sourcing report per story: markdown, html, csv, json or table",
        load: async () => (await import('./commands/report.js')).defineReportCommand,
    },
    {
        name: 'graph',
        description: 'the provenance graph of claims and sources as Mermaid or DOT',
        load: async () => (await import('./commands/graph.js')).defineGraphCommand,
    },
    {
        name: 'init',
        description: 'make a directory ready for claims: config, claims/, .gitignore; --ci github, --pre-commit',
        load: async () => (await import('./commands/init.js')).defineInitCommand,
    },
    {
        name: 'new',
        description: 'write a new record: new story <text-file> --id <id>; new source|evidence|claim --story <id>',
        load: async () => (await import('./commands/new.js')).defineNewCommand,
    },
    {
        name: 'extract',
        description: 'draft Story, Source and Claim records from a story text, offline: extract <text-file> --story <id>',
        load: async () => (await import('./commands/extract.js')).defineExtractCommand,
    },
    {
        name: 'export',
        description: 'the claims as ClaimReview, Fact Check Tools markup, PROV-JSON, PROV-JSONLD or Web Annotation',
        load: async () => (await import('./commands/export.js')).defineExportCommand,
    },
    {
        name: 'import',
        description: 'prior fact-checks (a Fact Check Tools search response, ClaimReview JSON-LD) as evidence on the claims they match',
        load: async () => (await import('./commands/import.js')).defineImportCommand,
    },
    {
        name: 'sentences',
        description: "a story's sentences, numbered, with line:column and the claims anchored in each",
        load: async () => (await import('./commands/sentences.js')).defineSentencesCommand,
    },
];
async function lintCommand(stage) {
    const { defineLintCommand } = await import('./commands/lint.js');
    return (command, io, setExit) => defineLintCommand(command, stage, io, setExit);
}
/** Runs the CLI with the given arguments (without node and script) and returns the exit code. */
export async function main(argv, io) {
    let exitCode = ExitCode.Ok;
    const setExit = (code) => {
        exitCode = code;
    };
    const program = new Command('claims')
        .description('Keep the provenance of every factual claim in a story as checked YAML records.')
        .version(packageJson.version, '-V, --version')
        .option('--debug', 'show stack traces for internal errors')
        .showSuggestionAfterError(true)
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(text) })
        .exitOverride();
    const words = argv.filter((arg) => !arg.startsWith('-'));
    // `claims help verify` needs verify's options; the overall help shows every command's arguments;
    // `--version` and suggestions for a mistyped command need only the names.
    const requested = words[0] === 'help' ? words[1] : words[0];
    const overallHelp = requested === undefined && !argv.includes('--version') && !argv.includes('-V');
    for (const entry of COMMANDS) {
        const command = program.command(entry.name).description(entry.description);
        if (overallHelp || entry.name === requested)
            (await entry.load())(command, io, setExit);
    }
    for (const command of program.commands)
        command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(text) });
    try {
        await program.parseAsync([...argv], { from: 'user' });
        return exitCode;
    }
    catch (error) {
        if (error instanceof CommanderError) {
            if (error.exitCode === 0)
                return ExitCode.Ok;
            io.stderr('Run `claims --help` for usage.\n');
            return ExitCode.Usage;
        }
        if (error instanceof UsageError) {
            io.stderr(`claims: ${terminalSafe(error.message)}\n${error.details.map((line) => `  ${terminalSafe(line)}\n`).join('')}${error.hint}\n`);
            return ExitCode.Usage;
        }
        const debug = Boolean(program.opts().debug) || argv.includes('--debug');
        io.stderr(`claims: internal error: ${terminalSafe(String(error?.message ?? error))}\n`);
        io.stderr(debug ? `${error?.stack ?? ''}\n` : 'This is a bug in claims; run again with --debug for the stack trace and report it.\n');
        return ExitCode.Internal;
    }
}
