import type { Stage } from '../check/rule.js';
import type { LoadedRecord } from '../model/records.js';

/**
 * How much of each record a run keeps once its file is parsed and schema-checked. Text no check reads
 * is dropped as soon as each file is checked — on a worker thread, before it is sent back — so a
 * large archive's memory stays flat. test/check/record-views.test.ts proves the checks see no difference.
 * - `records`: everything (the editors' views show it all);
 * - `verify`: what `verify`'s checks read: all but the prose and the references for people (statements,
 *   summaries, rationales, notes, tags; evidence titles, links and retrieval dates);
 * - `validate`: what `validate`'s checks read: kind, id and every field that refers to another record
 *   or to a rule (story, attribution sources and relays, evidence origins, derivedFrom, contradicts, suppress).
 */
export type Keep = 'records' | Stage;

export function viewOf(record: LoadedRecord, keep: Keep): LoadedRecord {
  if (keep === 'records') return record;
  const value = record.value as unknown as Record<string, unknown>;
  const view = keep === 'verify' ? verifyView(record.kind, value) : structuralView(value);
  return { ...record, value: view as unknown as LoadedRecord['value'] };
}

function structuralView(value: Record<string, unknown>): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  for (const key of ['apiVersion', 'kind', 'id', 'story', 'derivedFrom', 'contradicts', 'suppress'] as const) {
    if (Object.hasOwn(value, key)) view[key] = value[key];
  }
  if (Array.isArray(value.attribution)) view.attribution = value.attribution.map((entry) => pick(entry, ['source', 'relation', 'via']));
  if (Array.isArray(value.evidence)) view.evidence = value.evidence.map((entry) => pick(entry, ['origin', 'relation', 'type']));
  return view;
}

/** Claims are the bulk of an archive; stories and sources are few and kept whole. */
function verifyView(kind: LoadedRecord['kind'], value: Record<string, unknown>): Record<string, unknown> {
  if (kind !== 'Claim') return value;
  const { statement: _statement, summary: _summary, tags: _tags, ...view } = value;
  if (Array.isArray(value.evidence)) view.evidence = value.evidence.map((entry) => omit(entry, ['title', 'url', 'retrieved']));
  if (isObject(value.confidence)) view.confidence = omit(value.confidence, ['rationale']);
  if (isObject(value.review)) {
    const review = omit(value.review, ['note']) as Record<string, unknown>;
    if (Array.isArray(review.history)) review.history = review.history.map((entry) => omit(entry, ['note']));
    view.review = review;
  }
  return view;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pick(entry: unknown, keys: readonly string[]): unknown {
  if (!isObject(entry)) return entry;
  return Object.fromEntries(keys.filter((key) => Object.hasOwn(entry, key)).map((key) => [key, entry[key]]));
}

function omit(entry: unknown, keys: readonly string[]): unknown {
  if (!isObject(entry)) return entry;
  return Object.fromEntries(Object.entries(entry).filter(([key]) => !keys.includes(key)));
}
