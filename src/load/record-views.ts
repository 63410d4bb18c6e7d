import { fieldTree, project, type FieldsByKind, type FieldTree } from '../model/fields.js';
import { RECORD_KINDS, type LoadedRecord, type RecordKind } from '../model/records.js';

/**
 * How much of each record a run keeps once its file is parsed and schema-checked: `records` keeps
 * everything (the editors' views show it all); otherwise only the fields the stage's rules declared they
 * read (check/reads.ts). Text no check reads is dropped as soon as each file is checked — on a worker
 * thread, before it is sent back — so a large archive's memory stays flat.
 */
export type Keep = 'records' | FieldsByKind;

/** A path that keeps a kind's records whole (`{ Source: [WHOLE] }`): the few records every view reads all of. */
export const WHOLE = '*';

/** Cuts records down to what `keep` names; built once per run, as the trees are shared by every record. */
export function recordViews(keep: Keep): (record: LoadedRecord) => LoadedRecord {
  if (keep === 'records') return (record) => record;
  const trees = new Map<RecordKind, FieldTree | 'whole'>();
  for (const [kind, paths] of Object.entries(keep) as [RecordKind, readonly string[]][])
    trees.set(kind, paths.includes(WHOLE) ? 'whole' : fieldTree(paths));
  const empty: FieldTree = new Map();
  return (record) => {
    const tree = trees.get(record.kind) ?? empty;
    return tree === 'whole' ? record : { ...record, value: project(record.value, tree) as LoadedRecord['value'] };
  };
}

/**
 * Cuts records kept as `kept` down to `keep`, in place: they stay the same objects, which indexes and findings
 * hold. Records of a kind whose fields are the same are left alone.
 */
export function cutRecords(records: readonly LoadedRecord[], kept: FieldsByKind, keep: FieldsByKind): void {
  const viewOf = recordViews(keep);
  const cut = kindsThatDiffer(kept, keep);
  for (const record of records) if (cut.has(record.kind)) record.value = viewOf(record).value;
}

/** The kinds whose fields are not the same in `a` and `b`. */
export function kindsThatDiffer(a: FieldsByKind, b: FieldsByKind): ReadonlySet<RecordKind> {
  return new Set(RECORD_KINDS.filter((kind) => String(a[kind]) !== String(b[kind])));
}
