import { ExitCode, UsageError } from '../model/exit.js';
import { readSchemaText, SCHEMA_KINDS } from '../load/schema/schema-files.js';
import { bundleSchema } from '../load/schema/bundle.js';
import { didYouMean } from '../model/suggest.js';
/**
 * `claims schema [kind]`: prints a JSON Schema as it is in schemas/ (default: claim), or with --bundle
 * made self-contained for editors (default: record, every kind in one schema), or lists them with --list.
 */
export function defineSchemaCommand(command, io, setExit) {
    return command
        .argument('[kind]', `which schema: ${SCHEMA_KINDS.join(', ')} (default: claim; with --bundle, record)`)
        .option('--list', 'list the schema kinds')
        .option('--bundle', 'inline every schema it refers to, so it needs no other file or network (for editors)')
        .action((kind, options) => {
        if (options.list) {
            io.stdout(`${SCHEMA_KINDS.join('\n')}\n`);
        }
        else {
            const chosen = (kind ?? (options.bundle ? 'record' : 'claim')).toLowerCase();
            if (chosen === 'common')
                throw new UsageError(`schema "common" holds only the definitions the others share; choose one of: ${SCHEMA_KINDS.join(', ')}`, [], 'Run `claims schema --bundle <kind>` for a schema with them inlined.');
            if (!SCHEMA_KINDS.includes(chosen))
                throw new UsageError(`unknown schema "${kind}"${didYouMean(chosen, SCHEMA_KINDS)}; choose one of: ${SCHEMA_KINDS.join(', ')}`);
            io.stdout(options.bundle ? `${JSON.stringify(bundleSchema(chosen), null, 2)}\n` : readSchemaText(chosen));
        }
        setExit(ExitCode.Ok);
    });
}
