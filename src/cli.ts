import { Command, CommanderError } from 'commander';
import { ExitCode, UsageError } from './exit.js';
import type { Io } from './io.js';
import { packageJson } from './paths.js';
import { terminalSafe } from './render/encode/terminal.js';
import { defineLintCommand } from './commands/lint.js';
import { defineSchemaCommand } from './commands/schema.js';
import { defineListCommand } from './commands/list.js';
import { defineShowCommand } from './commands/show.js';
import { defineReportCommand } from './commands/report.js';
import { defineGraphCommand } from './commands/graph.js';

/** Runs the CLI with the given arguments (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = ExitCode.Ok;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command('claims')
    .description('Keep the provenance of every factual claim in a story as checked YAML records.')
    .version(packageJson.version, '-V, --version')
    .option('--debug', 'show stack traces for internal errors')
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(text) })
    .exitOverride();
  defineLintCommand(program.command('validate').description('check records are well-formed: YAML, schema, ids and references'), 'validate', io, setExit);
  defineLintCommand(program.command('verify').description('run every check: anchors, hashes, sourcing, confidence, status, coverage'), 'verify', io, setExit);
  defineSchemaCommand(program.command('schema').description('print a record JSON Schema'), io, setExit);
  defineListCommand(program.command('list').description('list claims, filtered and sorted, as a table, JSON, CSV or ids'), io, setExit);
  defineShowCommand(program.command('show').description('show one claim: anchored sentence, sourcing chain, evidence, confidence, review, findings'), io, setExit);
  defineReportCommand(program.command('report').description("the editors' sourcing report per story: markdown, html, csv, json or table"), io, setExit);
  defineGraphCommand(program.command('graph').description('the provenance graph of claims and sources as Mermaid or DOT'), io, setExit);
  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(text) });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return ExitCode.Ok;
      io.stderr('Run `claims --help` for usage.\n');
      return ExitCode.Usage;
    }
    if (error instanceof UsageError) {
      io.stderr(`claims: ${terminalSafe(error.message)}\n${error.details.map((line) => `  ${terminalSafe(line)}\n`).join('')}${error.hint}\n`);
      return ExitCode.Usage;
    }
    const debug = Boolean(program.opts().debug) || argv.includes('--debug');
    io.stderr(`claims: internal error: ${terminalSafe(String((error as Error)?.message ?? error))}\n`);
    io.stderr(debug ? `${(error as Error)?.stack ?? ''}\n` : 'This is a bug in claims; run again with --debug for the stack trace and report it.\n');
    return ExitCode.Internal;
  }
}
