import type { ErrorObject } from 'ajv';
import { closestMatches, didYouMean } from '../../model/suggest.js';
import { excerpt, plural } from '../../model/words.js';
import type { Part } from '../../model/diagnostic.js';
import { joinPointer, pointerSegments } from '../../model/pointer.js';
import { MAX_ERRORS } from './schemas.js';
import { groupBy } from '../../model/group-by.js';

export interface SchemaProblem {
  pointer: string;
  part: Part;
  message: string;
}

/** Readable names for the shared patterns, keyed by the $defs entry that declares them. */
const PATTERN_MEANINGS: Record<string, string> = {
  id: 'kebab-case: lower-case letters and digits separated by single hyphens',
  sha256: '64 lower-case hexadecimal digits',
  relativePath: 'a relative path of "/"-separated segments holding only letters, digits, ".", "_" and "-"',
  url: 'an http or https URL',
  rule: 'a rule id such as "sourcing/unattributed"',
  tags: 'a single word without spaces or commas',
};

/** Lower numbers win when several errors point at the same value: one root cause, one message. */
const PRIORITY: Record<string, number> = { type: 0, const: 1, enum: 2, required: 3, additionalProperties: 3, format: 4, pattern: 5 };

/** Turns ajv's errors into one human message per offending key or value. */
export function describeSchemaErrors(errors: readonly ErrorObject[]): SchemaProblem[] {
  const typos = misspelledFields(errors);
  const relevant = errors.filter((error) => {
    if (error.keyword === 'if' || error.keyword === 'oneOf' || error.keyword === 'anyOf') return false;
    // ajv reports a bad key twice: the keyword that failed on the name, then `propertyNames`; keep the latter.
    if (error.propertyName !== undefined) return false;
    // A misspelt field is also a missing one; "unknown field (did you mean ...)" already says both.
    if (error.keyword === 'required' && isMissingBecauseMisspelt(error, typos)) return false;
    return true;
  });
  const candidates = [
    ...missingFields(relevant),
    ...relevant.filter((error) => !isMissingField(error)).map((error) => ({ error, problem: describe(error) })),
  ].sort((a, b) => (PRIORITY[a.error.keyword] ?? 9) - (PRIORITY[b.error.keyword] ?? 9));
  const byPlace = new Map<string, SchemaProblem>();
  const typeFailed: string[] = [];
  for (const { error, problem } of candidates) {
    const key = `${problem.part}:${problem.pointer}`;
    if (byPlace.has(key)) continue;
    // Below a value of the wrong type, nothing else is worth saying.
    if (typeFailed.some((pointer) => problem.pointer.startsWith(`${pointer}/`))) continue;
    if (error.keyword === 'type') typeFailed.push(problem.pointer);
    byPlace.set(key, problem);
  }
  return [...byPlace.values()].slice(0, MAX_ERRORS);
}

function isMissingField(error: ErrorObject): boolean {
  return error.keyword === 'required' || error.keyword === 'dependentRequired';
}

/** All the fields missing from one mapping, in one message: they share a place, and each must be shown. */
function missingFields(errors: readonly ErrorObject[]): { error: ErrorObject; problem: SchemaProblem }[] {
  const byPointer = groupBy(errors.filter(isMissingField), (error) => error.instancePath);
  return [...byPointer].map(([pointer, group]) => {
    // Unconditional fields first: "x" and "y" (needed when ...) reads better than the other way round.
    const ordered = [...group].sort((a, b) => Number(missingCondition(a) !== '') - Number(missingCondition(b) !== ''));
    const where = pointer === '' ? '' : ` in ${fieldLabel(pointer)}`;
    const fields = ordered.map((error) => ({
      name: `"${String((error.params as { missingProperty: unknown }).missingProperty)}"`,
      condition: missingCondition(error),
    }));
    const only = fields.length === 1 ? fields[0] : undefined;
    const message = only
      ? `missing required field ${only.name}${where}${only.condition}`
      : `missing required fields ${listing(fields.map((field) => field.name + field.condition))}${where}`;
    return { error: group[0]!, problem: { pointer, part: 'key' as const, message } };
  });
}

function missingCondition(error: ErrorObject): string {
  // A `then: required` is conditional; its schema's description says on what ("needed when there is no name").
  if (error.keyword === 'required') {
    const condition = error.schemaPath.includes('/then/')
      ? (error.parentSchema as { description?: string } | undefined)?.description
      : undefined;
    return condition === undefined ? '' : ` (${condition})`;
  }
  return ` (needed with "${String((error.params as { property?: unknown }).property)}")`;
}

/** `"a"`, `"a" and "b"`, `"a", "b" and "c"`. */
function listing(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** For each mapping with an unknown field, the known fields that field is probably a misspelling of. */
function misspelledFields(errors: readonly ErrorObject[]): Map<string, Set<string>> {
  const typos = new Map<string, Set<string>>();
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') continue;
    const [best] = closestMatches(String((error.params as { additionalProperty: unknown }).additionalProperty), knownFields(error), 1);
    if (best === undefined) continue;
    typos.set(error.instancePath, (typos.get(error.instancePath) ?? new Set()).add(best));
  }
  return typos;
}

function isMissingBecauseMisspelt(error: ErrorObject, typos: Map<string, Set<string>>): boolean {
  const suggested = typos.get(error.instancePath);
  if (!suggested) return false;
  const missing = String((error.params as { missingProperty: unknown }).missingProperty);
  if (suggested.has(missing)) return true;
  // Source needs `anonymity` only because `name` is absent, and `nmae:` is what makes it absent.
  const data = error.data as Record<string, unknown> | undefined;
  return error.schemaPath.includes('/then/') && suggested.has('name') && data !== undefined && !Object.hasOwn(data, 'name');
}

function knownFields(error: ErrorObject): string[] {
  return Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
}

function describe(error: ErrorObject): SchemaProblem {
  const path = error.instancePath;
  const field = fieldLabel(path);
  const where = path === '' ? '' : ` in ${field}`;
  const params = error.params as Record<string, unknown>;
  const actual = error.data;
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      return {
        pointer: joinPointer([...pointerSegments(path), extra]),
        part: 'key',
        message: `unknown field "${extra}"${where}${didYouMean(extra, knownFields(error))}`,
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const hint = typeof actual === 'string' ? didYouMean(actual, allowed) : '';
      return { pointer: path, part: 'value', message: `${field} must be one of: ${allowed.join(', ')}; found ${show(actual)}${hint}` };
    }
    case 'const':
      return { pointer: path, part: 'value', message: `${field} must be ${JSON.stringify(params.allowedValue)}; found ${show(actual)}` };
    case 'type':
      return { pointer: path, part: 'value', message: `${field} must be ${typeName(params.type)}; found ${kindOf(actual)}` };
    case 'format':
      return {
        pointer: path,
        part: 'value',
        message: `${field} must be ${params.format === 'date' ? 'a real date written YYYY-MM-DD' : PATTERN_MEANINGS.url}; found ${show(actual)}`,
      };
    case 'pattern':
      return { pointer: path, part: 'value', message: `${field} must be ${patternMeaning(error)}; found ${show(actual)}` };
    case 'minLength':
      return {
        pointer: path,
        part: 'value',
        message: params.limit === 1 ? `${field} must not be empty` : `${field} must be at least ${String(params.limit)} characters long`,
      };
    case 'maxLength':
      return {
        pointer: path,
        part: 'value',
        message: `${field} must be at most ${String(params.limit)} characters long; found ${(actual as string).length}`,
      };
    case 'minItems':
      return { pointer: path, part: 'value', message: `${field} must list at least ${plural(Number(params.limit), 'item')}` };
    case 'maxItems':
      return {
        pointer: path,
        part: 'value',
        message: `${field} must list at most ${plural(Number(params.limit), 'item')}; found ${(actual as unknown[]).length}`,
      };
    case 'minimum':
    case 'maximum':
      return {
        pointer: path,
        part: 'value',
        message: `${field} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}; found ${show(actual)}`,
      };
    case 'uniqueItems': {
      const items = actual as unknown[];
      return {
        pointer: joinPointer([...pointerSegments(path), Number(params.i)]),
        part: 'value',
        message: `${field} lists ${show(items[Number(params.i)])} more than once`,
      };
    }
    case 'propertyNames': {
      // Only config `rules` constrains its keys: they must be rule ids.
      const name = String(params.propertyName);
      return {
        pointer: joinPointer([...pointerSegments(path), name]),
        part: 'key',
        message: `${JSON.stringify(name)} in ${field} is not a rule id such as "sourcing/unattributed"`,
      };
    }
    default:
      return { pointer: path, part: 'value', message: `${field} ${error.message ?? 'is invalid'}` };
  }
}

/** `attribution[0].source` from `/attribution/0/source`. */
export function fieldLabel(pointer: string): string {
  if (pointer === '') return 'record';
  return pointerSegments(pointer).reduce(
    (label, segment) => (/^\d+$/.test(segment) ? `${label}[${segment}]` : label ? `${label}.${segment}` : segment),
    '',
  );
}

function patternMeaning(error: ErrorObject): string {
  const match = /\$defs\/([A-Za-z0-9]+)\/pattern$/.exec(error.schemaPath) ?? /properties\/([A-Za-z0-9]+)\/pattern$/.exec(error.schemaPath);
  const name = match?.[1] ?? (error.schemaPath.includes('/tags/') ? 'tags' : '');
  return PATTERN_MEANINGS[name] ?? `text matching ${String((error.params as { pattern?: string }).pattern)}`;
}

function typeName(type: unknown): string {
  const names: Record<string, string> = {
    string: 'text',
    array: 'a list',
    object: 'a mapping',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    null: 'null',
  };
  const list = String(type).split(',');
  return list.map((entry) => names[entry] ?? entry).join(' or ');
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text ${show(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return typeof value;
}

/** A short, quoted rendering of a value for messages. */
function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(excerpt(value, 60));
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'a list' : 'a mapping';
}
