import type { Command } from 'commander';
import { ExitCode, UsageError } from '../model/exit.js';
import type { Io } from '../model/io.js';
import { readSchemaText, SCHEMA_KINDS, type SchemaKind } from '../load/schema/schemas.js';
import { didYouMean } from '../model/suggest.js';

/** `claims schema [kind]`: prints a JSON Schema (default: claim), or lists them with --list. */
export function defineSchemaCommand(command: Command, io: Io, setExit: (code: number) => void): Command {
  return command
    .argument('[kind]', `which schema: ${SCHEMA_KINDS.join(', ')} (default: claim)`)
    .option('--list', 'list the schema kinds')
    .action((kind: string | undefined, options: { list?: boolean }) => {
      if (options.list) {
        io.stdout(`${SCHEMA_KINDS.join('\n')}\n`);
      } else {
        const chosen = (kind ?? 'claim').toLowerCase();
        if (!SCHEMA_KINDS.includes(chosen as SchemaKind))
          throw new UsageError(`unknown schema "${kind}"${didYouMean(chosen, SCHEMA_KINDS)}; choose one of: ${SCHEMA_KINDS.join(', ')}`);
        io.stdout(readSchemaText(chosen as SchemaKind));
      }
      setExit(ExitCode.Ok);
    });
}
