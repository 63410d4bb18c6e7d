import { fieldTree, project } from '../model/fields.js';
import { RECORD_KINDS } from '../model/records.js';
/** A path that keeps a kind's records whole (`{ Source: [WHOLE] }`): the few records every view reads all of. */
export const WHOLE = '*';
/** Cuts records down to what `keep` names; built once per run, as the trees are shared by every record. */
export function recordViews(keep) {
    if (keep === 'records')
        return (record) => record;
    const trees = new Map();
    for (const [kind, paths] of Object.entries(keep))
        trees.set(kind, paths.includes(WHOLE) ? 'whole' : fieldTree(paths));
    const empty = new Map();
    return (record) => {
        const tree = trees.get(record.kind) ?? empty;
        return tree === 'whole' ? record : { ...record, value: project(record.value, tree) };
    };
}
/**
 * Cuts records kept as `kept` down to `keep`, in place: they stay the same objects, which indexes and findings
 * hold. Records of a kind whose fields are the same are left alone.
 */
export function cutRecords(records, kept, keep) {
    const viewOf = recordViews(keep);
    const cut = kindsThatDiffer(kept, keep);
    for (const record of records)
        if (cut.has(record.kind))
            record.value = viewOf(record).value;
}
/** The kinds whose fields are not the same in `a` and `b`. */
export function kindsThatDiffer(a, b) {
    return new Set(RECORD_KINDS.filter((kind) => String(a[kind]) !== String(b[kind])));
}
