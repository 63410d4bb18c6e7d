import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { Option } from 'commander';
import { ExitCode, UsageError } from '../model/exit.js';
import { findRoot } from '../load/root.js';
import { CACHE_DIR } from '../cache/run-cache.js';
import { severityRank } from '../model/diagnostic.js';
import { chalkFor } from '../render/colour.js';
import { DIAGNOSTICS_FORMATS, isDiagnosticsFormat, loadDiagnosticsFormatter } from '../render/diagnostics/index.js';
import { countDiagnostics } from '../render/diagnostics/report.js';
import { ResultCache } from '../cache/result-cache.js';
import { checkWithCache } from './cached-checks.js';
import { emit } from './write-output.js';
import { parseCount, parsePositive, resolveTarget } from './workspace-options.js';
/** Adds the options `validate` and `verify` share and wires the action; `--out` pairs with the `--format` before it. */
export function defineLintCommand(command, stage, io, setExit) {
    const outputs = [];
    command
        .argument('[paths...]', 'files, directories or globs of claim files (default: paths from claims.config.yaml, else claims/)')
        .option('-f, --format <name>', `output format, repeatable: ${DIAGNOSTICS_FORMATS.join(', ')} (default: stylish)`, (format) => {
        if (!isDiagnosticsFormat(format))
            throw new UsageError(`unknown format "${format}"; choose one of: ${DIAGNOSTICS_FORMATS.join(', ')}`);
        outputs.push({ format });
        return format;
    })
        .option('-o, --out <file>', 'write the preceding --format to a file instead of stdout (atomically)', (out) => {
        const last = outputs[outputs.length - 1];
        if (!last)
            outputs.push({ format: 'stylish', out });
        else if (last.out !== undefined)
            throw new UsageError(`--out "${out}" has no --format of its own; give --format before each --out`);
        else
            last.out = out;
        return out;
    })
        .option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings', parseCount('--max-warnings'))
        .option('-q, --quiet', 'report errors only (warnings still count for --max-warnings)')
        .option('-j, --jobs <n>', 'threads for loading and schema checks (default: automatic; 1 below 8 MiB of records)', parsePositive('--jobs'))
        .option('--no-cache', `do not read or write the result cache (${CACHE_DIR}/ at the repository root)`)
        .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the run fail').choices(['warning', 'error']).default('error'));
    if (stage === 'verify')
        command.option('--min-coverage <percent>', 'fail when a story has less than this share of sentences covered', parseCount('--min-coverage'));
    command.action(async (paths, options) => {
        setExit(await runLint(io, stage, paths, options, outputs.length > 0 ? outputs : [{ format: 'stylish' }]));
    });
    return command;
}
async function runLint(io, stage, paths, options, outputs) {
    const root = findRoot(io.cwd);
    const cache = ResultCache.open(root, io.cwd, paths, options.cache);
    const target = await resolveTarget(io, paths, options.cache, root);
    const run = await checkWithCache(target, stage, cache, options.jobs);
    const report = {
        command: stage,
        files: run.files,
        records: run.records,
        diagnostics: options.quiet ? run.diagnostics.filter((diagnostic) => diagnostic.severity === 'error') : run.diagnostics,
        stories: run.stories,
        ...(options.quiet ? { hidden: hiddenBy(run.diagnostics) } : {}),
    };
    for (const output of outputs) {
        const formatter = await loadDiagnosticsFormatter(output.format);
        // Colour only ever goes to the terminal, never into a file.
        const chalk = chalkFor(output.out === undefined ? io : { env: { NO_COLOR: '1' }, stdoutIsTTY: false });
        await emit(io, formatter(report, { chalk, env: io.env }), output.out);
    }
    if (outputs.some((output) => output.format === 'github'))
        await appendStepSummary(io, report);
    return exitCodeFor(run.diagnostics, run.stories, options, io);
}
/** What `--quiet` leaves out of the output: unsuppressed warnings and infos (suppressed ones are counted as such). */
function hiddenBy(diagnostics) {
    const { warnings, infos } = countDiagnostics(diagnostics);
    return { warnings, infos };
}
/** With `--format github` inside GitHub Actions, also appends the findings table to the job summary; a failure there only warns. */
async function appendStepSummary(io, report) {
    const file = io.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    const { githubStepSummary } = await import('../render/diagnostics/github.js');
    try {
        await appendFile(path.resolve(io.cwd, file), githubStepSummary(report));
    }
    catch (error) {
        io.stderr(`claims: cannot append to GITHUB_STEP_SUMMARY: ${error.code ?? String(error)}\n`);
    }
}
function exitCodeFor(diagnostics, stories, options, io) {
    const counts = countDiagnostics(diagnostics);
    const failing = diagnostics.some((diagnostic) => !diagnostic.suppression && severityRank[diagnostic.severity] >= severityRank[options.failOn]);
    let code = failing ? ExitCode.Findings : ExitCode.Ok;
    if (options.maxWarnings !== undefined && counts.warnings > options.maxWarnings) {
        io.stderr(`claims: ${counts.warnings} warnings exceed --max-warnings ${options.maxWarnings}\n`);
        code = ExitCode.Findings;
    }
    if (options.minCoverage !== undefined) {
        for (const story of stories) {
            if (story.coverage !== undefined && story.coverage >= options.minCoverage)
                continue;
            io.stderr(`claims: story ${story.storyId} coverage ${story.coverage ?? 'unknown'}% is below --min-coverage ${options.minCoverage}%\n`);
            code = ExitCode.Findings;
        }
    }
    return code;
}
