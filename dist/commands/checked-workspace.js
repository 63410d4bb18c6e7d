import { runChecks } from '../check/run.js';
import { resolveTarget } from './workspace-options.js';
/** Loads the configured claim files and runs the stage's checks; says on stderr how many records are left out as invalid. */
export async function checkedWorkspace(io, stage) {
    const target = await resolveTarget(io, []);
    const run = await runChecks({ ...target, stage, keepRecords: true });
    const invalid = run.workspace.records.filter((record) => !record.valid).length;
    if (invalid > 0)
        io.stderr(`claims: ${invalid} invalid record${invalid === 1 ? ' is' : 's are'} left out; run \`claims validate\` to see why\n`);
    return run;
}
