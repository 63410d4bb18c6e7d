import type { Command } from 'commander';
import { ExitCode, UsageError } from '../model/exit.js';
import type { Io } from '../model/io.js';
import { readSchemaText, SCHEMA_KINDS, type SchemaKind } from '../load/schema/schema-files.js';
import { bundleSchema } from '../load/schema/bundle.js';
import { didYouMean } from '../model/suggest.js';

/**
 * `claims schema [kind]`: prints a JSON Schema as it is in schemas/ (default: claim), or with --bundle
 * made self-contained for editors (default: record, every kind in one schema), or lists them with --list.
 */
export function defineSchemaCommand(command: Command, io: Io, setExit: (code: number) => void): Command {
  return command
    .argument('[kind]', `which schema: ${SCHEMA_KINDS.join(', ')} (default: claim; with --bundle, record)`)
    .option('--list', 'list the schema kinds')
    .option('--bundle', 'inline every schema it refers to, so it needs no other file or network (for editors)')
    .action((kind: string | undefined, options: { list?: boolean; bundle?: boolean }) => {
      if (options.list) {
        io.stdout(`${SCHEMA_KINDS.join('\n')}\n`);
      } else {
        const chosen = (kind ?? (options.bundle ? 'record' : 'claim')).toLowerCase();
        if (chosen === 'common')
          throw new UsageError(
            `schema "common" holds only the definitions the others share; choose one of: ${SCHEMA_KINDS.join(', ')}`,
            [],
            'Run `claims schema --bundle <kind>` for a schema with them inlined.',
          );
        if (!SCHEMA_KINDS.includes(chosen as SchemaKind))
          throw new UsageError(`unknown schema "${kind}"${didYouMean(chosen, SCHEMA_KINDS)}; choose one of: ${SCHEMA_KINDS.join(', ')}`);
        io.stdout(
          options.bundle ? `${JSON.stringify(bundleSchema(chosen as SchemaKind), null, 2)}\n` : readSchemaText(chosen as SchemaKind),
        );
      }
      setExit(ExitCode.Ok);
    });
}
