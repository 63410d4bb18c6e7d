import { runChecks } from '../check/run.js';
import { resolveTarget } from './workspace-options.js';
/**
 * Loads the configured claim files and runs the stage's checks; says on stderr how many records are left out as invalid.
 * Records are kept whole unless `keep` names the fields the command's views read (besides the checks' own).
 */
export async function checkedWorkspace(io, stage, keep = true) {
    const target = await resolveTarget(io, []);
    const run = await runChecks({ ...target, stage, keepRecords: keep });
    const invalid = run.workspace.records.filter((record) => !record.valid).length;
    if (invalid > 0)
        io.stderr(`claims: ${invalid} invalid record${invalid === 1 ? ' is' : 's are'} left out; run \`claims validate\` to see why\n`);
    return run;
}
