import { Option, type Command } from 'commander';
import { ExitCode } from '../model/exit.js';
import type { Io } from '../model/io.js';
import { packageJson } from '../model/package.js';
import { chalkFor } from '../render/colour.js';
import { REPORT_FORMATS } from '../render/report/index.js';
import { REPORT_CSV_TABLES, type ReportCsvTable } from '../render/report/csv.js';
import { buildReport, REPORT_FIELDS } from '../views/report-model.js';
import { readWholeValues } from '../load/read-again.js';
import { requireKnown } from './known-values.js';
import { terminalWidth } from '../render/report/fit.js';
import { emit } from './write-output.js';
import { keepingHeapSmall } from './small-heap.js';
import { checkedWorkspace } from './checked-workspace.js';

type ReportOptions = { story?: string; format: keyof typeof REPORT_FORMATS; out?: string; graph?: true; table: ReportCsvTable };

/** `claims report`: the editors' sourcing report for one story or all. */
export function defineReportCommand(command: Command, io: Io, setExit: (code: number) => void): Command {
  return command
    .option('-s, --story <id>', 'only this story (default: every story)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(REPORT_FORMATS)).default('table'))
    .option('-o, --out <file>', 'write to a file instead of stdout (atomically)')
    .option('--graph', 'markdown: end each story with its Mermaid provenance graph (html always has it)')
    .addOption(new Option('--table <name>', 'csv: which table to write').choices([...REPORT_CSV_TABLES]).default('claims'))
    .action((options: ReportOptions) =>
      keepingHeapSmall(async () => {
        // The run keeps of each claim only what links it to others; a story's claims are read whole when the report reaches it.
        const run = await checkedWorkspace(io, 'verify', REPORT_FIELDS);
        if (options.story !== undefined) requireKnown('--story', [options.story], run.workspace.stories.keys(), 'story');
        const report = buildReport(
          run,
          options.story === undefined ? undefined : [options.story],
          `claims ${packageJson.version}`,
          (claims) => readWholeValues(run.workspace.root, claims),
        );
        // Colour only ever goes to a terminal, never into a file.
        const chalk = chalkFor(options.out === undefined ? io : { env: { NO_COLOR: '1' }, stdoutIsTTY: false });
        // A CI runner may read what goes to stdout (emit takes `--out -` for stdout), never a file.
        const sink = options.out === undefined || options.out === '-' ? 'stdout' : 'file';
        const { graph, table } = options;
        await emit(
          io,
          REPORT_FORMATS[options.format](report, { chalk, width: terminalWidth(io.columns), sink, graph, table }),
          options.out,
        );
        setExit(ExitCode.Ok);
      }),
    );
}
