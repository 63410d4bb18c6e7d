import { fieldTree, project } from '../model/fields.js';
/** Cuts records down to what `keep` names; built once per run, as the trees are shared by every record. */
export function recordViews(keep) {
    if (keep === 'records')
        return (record) => record;
    const trees = new Map();
    for (const [kind, paths] of Object.entries(keep))
        trees.set(kind, fieldTree(paths));
    const empty = new Map();
    return (record) => ({ ...record, value: project(record.value, trees.get(record.kind) ?? empty) });
}
