import { readWholeValues } from '../load/read-again.js';
import { kindsThatDiffer, recordViews } from '../load/record-views.js';
/**
 * Runs `check` once per story, on the workspace as that story's rules see it (Workspace.byStory): the rules
 * that read the story text look at one story and its claims at a time (check/rule.ts, `reads.files`).
 * Given `fields`, the run holds only `fields.held` of each record: what else those rules read (a claim's
 * statement, its anchor) is read again from the story's files, kept while its story is checked, then dropped, so over
 * 100,000 claims it is never all in memory at once (`report`).
 */
export function runStoryByStory(workspace, check, fields) {
    const kinds = fields ? kindsThatDiffer(fields.read, fields.held) : new Set();
    const viewOf = fields && recordViews(fields.read);
    for (const scope of workspace.byStory().values()) {
        const again = scope.records.filter((record) => kinds.has(record.kind));
        // The values held go back afterwards, not views of the values read again: a parser's strings are slices of the
        // file's text, which V8 keeps whole for any slice of it (load/batch-json.ts).
        const held = again.map((record) => record.value);
        if (fields && viewOf && again.length > 0) {
            const values = readWholeValues(fields.root, again);
            again.forEach((record, index) => {
                record.value = viewOf({ ...record, value: values[index] }).value;
            });
        }
        try {
            check(scope.workspace);
        }
        finally {
            again.forEach((record, index) => {
                record.value = held[index];
            });
        }
    }
}
