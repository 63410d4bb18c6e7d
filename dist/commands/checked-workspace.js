import { runChecks } from '../check/run.js';
import { resolveTarget } from './workspace-options.js';
/**
 * Loads the configured claim files and runs the stage's checks; says on stderr how many records are left out as invalid.
 * Records are kept whole unless `keep` names the fields the command's views read (besides the checks' own); then
 * what only the rules that read the story text read is read again a story at a time (check/run.ts).
 *
 * The files are loaded on this thread alone: a worker thread holds a heap of its own and hands its records over
 * as text, which at 100,000 claims costs these commands 10–90 MiB at peak (more than `validate`, as they keep
 * more of each record) and saves them 2–4 seconds.
 */
export async function checkedWorkspace(io, stage, keep = true) {
    const target = await resolveTarget(io, []);
    const run = await runChecks({ ...target, stage, keepRecords: keep, storyTextFieldsByStory: true, jobs: 1 });
    const invalid = run.workspace.records.filter((record) => !record.valid).length;
    if (invalid > 0)
        io.stderr(`claims: ${invalid} invalid record${invalid === 1 ? ' is' : 's are'} left out; run \`claims validate\` to see why\n`);
    return run;
}
