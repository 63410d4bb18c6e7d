import type { RecordKind } from './records.js';

/**
 * Fields of a record, as paths: `status`, `review.date`, `attribution[].via` (`[]`: every item of a list).
 * A path names its whole subtree.
 */
export type FieldPath = string;

/** The fields each record kind keeps or a rule reads; a kind left out reads nothing. */
export type FieldsByKind = { readonly [K in RecordKind]?: readonly FieldPath[] };

/** Paths as a tree: `true` keeps the whole value, a nested tree keeps only its named keys (`[]`: each list item). */
export type FieldTree = Map<string, FieldTree | true>;

export function fieldTree(paths: Iterable<FieldPath>): FieldTree {
  const tree: FieldTree = new Map();
  for (const path of paths) {
    const segments = path.replace(/\[\]/g, '.[]').split('.');
    let node = tree;
    for (const [index, segment] of segments.entries()) {
      const existing = node.get(segment);
      if (existing === true) break;
      if (index === segments.length - 1) {
        node.set(segment, true);
        break;
      }
      const child: FieldTree = existing ?? new Map();
      node.set(segment, child);
      node = child;
    }
  }
  return tree;
}

/** Per kind, the union of several declarations. */
export function mergeFields(declarations: Iterable<FieldsByKind>): { [K in RecordKind]?: FieldPath[] } {
  const merged: { [K in RecordKind]?: FieldPath[] } = {};
  for (const declaration of declarations) {
    for (const [kind, paths] of Object.entries(declaration) as [RecordKind, readonly FieldPath[]][]) {
      merged[kind] = [...new Set([...(merged[kind] ?? []), ...paths])].sort();
    }
  }
  return merged;
}

/** A copy of `value` holding only what `tree` names; values of another shape than the tree expects are kept whole. */
export function project(value: unknown, tree: FieldTree): unknown {
  if (Array.isArray(value)) {
    const items = tree.get('[]');
    if (items === undefined) return value;
    return items === true ? value : value.map((item) => project(item, items));
  }
  if (typeof value !== 'object' || value === null) return value;
  const fields = value as Record<string, unknown>;
  const view: Record<string, unknown> = {};
  for (const [key, child] of tree) {
    if (key === '[]' || !Object.hasOwn(fields, key)) continue;
    view[key] = child === true ? fields[key] : project(fields[key], child);
  }
  return view;
}
