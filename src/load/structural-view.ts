import type { LoadedRecord } from '../model/records.js';

/**
 * What `validate` keeps of a record once its schema check is done: the kind, id and every field that
 * refers to another record or to a rule (story, attribution sources and relays, evidence origins,
 * derivedFrom, contradicts, suppress). The structural rules read nothing else, so a large archive's text
 * (statements, quotes, rationales) is dropped as soon as each file is checked — on a worker thread,
 * before it is copied back — which keeps `validate`'s memory flat. `verify` keeps whole records.
 */
export function structuralView(record: LoadedRecord): LoadedRecord {
  const value = record.value as unknown as Record<string, unknown>;
  const view: Record<string, unknown> = {};
  for (const key of ['apiVersion', 'kind', 'id', 'story', 'derivedFrom', 'contradicts', 'suppress'] as const) {
    if (Object.hasOwn(value, key)) view[key] = value[key];
  }
  if (Array.isArray(value.attribution)) view.attribution = value.attribution.map((entry) => pick(entry, ['source', 'relation', 'via']));
  if (Array.isArray(value.evidence)) view.evidence = value.evidence.map((entry) => pick(entry, ['origin', 'relation', 'type']));
  return { ...record, value: view as unknown as LoadedRecord['value'] };
}

function pick(entry: unknown, keys: readonly string[]): unknown {
  if (typeof entry !== 'object' || entry === null) return entry;
  return Object.fromEntries(keys.filter((key) => Object.hasOwn(entry, key)).map((key) => [key, (entry as Record<string, unknown>)[key]]));
}
