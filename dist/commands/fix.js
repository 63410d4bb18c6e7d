import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { planFixes } from '../author/fix-plan.js';
import { applyValueEdits, EditConflict } from '../author/yaml-edits.js';
import { runChecks } from '../check/run.js';
import { writeIfUnchanged, ChangedSinceReadError } from '../load/write-if-unchanged.js';
import { groupBy } from '../model/group-by.js';
import { ExitCode, UsageError } from '../model/exit.js';
import { terminalSafeLine } from '../render/encode/terminal.js';
import { resolveTarget } from './workspace-options.js';
/**
 * `claims fix [paths] [--dry-run]`: the mechanical repairs after a story text changed (author/fix-plan.ts),
 * written into the record files with everything else in them kept byte for byte; `--dry-run` prints them
 * as a unified diff instead. Exit 0 when nothing of the kind is left, 1 when some is, for the desk.
 */
export function defineFixCommand(command, io, setExit) {
    return command
        .argument('[paths...]', 'files or directories of records (default: the configured paths)')
        .option('--dry-run', 'print the repairs as a unified diff and write nothing')
        .action(async (paths, options) => {
        const target = await resolveTarget(io, paths);
        const run = await runChecks({ ...target, stage: 'verify', keepRecords: true });
        const plan = planFixes(run.workspace, run.verify, run.thresholds.anchorMinSimilarity);
        const safe = terminalSafeLine;
        // With --dry-run stdout is the diff, for `patch` or a review; what was done goes beside it.
        const say = (line) => (options.dryRun ? io.stderr(line) : io.stdout(line));
        for (const [file, fixes] of groupBy(plan.fixes, (fix) => fix.record.file)) {
            const absolute = path.join(target.root, file);
            const before = await readFile(absolute, 'utf8');
            const after = applyOrExplain(file, before, fixes);
            if (options.dryRun)
                io.stdout(createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 2 }));
            else
                await writeOrExplain(absolute, file, before, after);
            for (const fix of fixes)
                say(`${options.dryRun ? 'would fix' : 'fixed'} ${safe(file)} ${safe(fix.record.id ?? '')} ${fix.field}: ${safe(fix.why)}\n`);
        }
        for (const left of plan.left)
            say(`left ${safe(left.record.file)} ${safe(left.record.id ?? '')} ${left.field}: ${safe(left.why)}\n`);
        const files = new Set(plan.fixes.map((fix) => fix.record.file)).size;
        say(`${plan.fixes.length === 0 ? 'nothing to fix' : `${options.dryRun ? 'would fix' : 'fixed'} ${plan.fixes.length} in ${files} file${files === 1 ? '' : 's'}`}` +
            `${plan.left.length > 0 ? `; ${plan.left.length} left for the desk (claims verify says more)` : ''}\n`);
        setExit(plan.left.length > 0 ? ExitCode.Findings : ExitCode.Ok);
    });
}
function applyOrExplain(file, before, fixes) {
    try {
        return applyValueEdits(before, fixes.map((fix) => fix.edit));
    }
    catch (error) {
        if (error instanceof EditConflict)
            throw new UsageError(`${file}: ${error.message}; nothing was written`, [], 'Run `claims fix` again.');
        throw error;
    }
}
async function writeOrExplain(absolute, file, before, after) {
    try {
        await writeIfUnchanged(absolute, before, after);
    }
    catch (error) {
        if (error instanceof ChangedSinceReadError)
            throw new UsageError(`${file} changed while claims fix ran; nothing was written to it`, [], 'Run `claims fix` again.');
        throw error;
    }
}
