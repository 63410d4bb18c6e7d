import type { ErrorObject } from 'ajv';
import { didYouMean } from '../../model/suggest.js';
import { joinPointer, pointerSegments, type Part } from '../../load/locate.js';
import { MAX_ERRORS } from './schemas.js';

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
  const candidates = errors
    .filter((error) => error.keyword !== 'if' && error.keyword !== 'oneOf' && error.keyword !== 'anyOf')
    .map((error) => ({ error, problem: describe(error) }))
    .sort((a, b) => (PRIORITY[a.error.keyword] ?? 9) - (PRIORITY[b.error.keyword] ?? 9));
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

function describe(error: ErrorObject): SchemaProblem {
  const path = error.instancePath;
  const field = fieldLabel(path);
  const where = path === '' ? '' : ` in ${field}`;
  const params = error.params as Record<string, unknown>;
  const actual = error.data;
  switch (error.keyword) {
    case 'required': {
      // A `then: required` is conditional; the only one in the schemas is Source's anonymity.
      const condition = error.schemaPath.includes('/then/') ? ' (needed when there is no name)' : '';
      return { pointer: path, part: 'key', message: `missing required field "${String(params.missingProperty)}"${where}${condition}` };
    }
    case 'dependentRequired':
      return { pointer: path, part: 'key', message: `missing required field "${String(params.missingProperty)}"${where} (needed with "${String(params.property)}")` };
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return { pointer: joinPointer([...pointerSegments(path), extra]), part: 'key', message: `unknown field "${extra}"${where}${didYouMean(extra, known)}` };
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
      return { pointer: path, part: 'value', message: `${field} must be ${params.format === 'date' ? 'a real date written YYYY-MM-DD' : PATTERN_MEANINGS.url}; found ${show(actual)}` };
    case 'pattern':
      return { pointer: path, part: 'value', message: `${field} must be ${patternMeaning(error)}; found ${show(actual)}` };
    case 'minLength':
      return { pointer: path, part: 'value', message: params.limit === 1 ? `${field} must not be empty` : `${field} must be at least ${String(params.limit)} characters long` };
    case 'maxLength':
      return { pointer: path, part: 'value', message: `${field} must be at most ${String(params.limit)} characters long; found ${(actual as string).length}` };
    case 'minItems':
      return { pointer: path, part: 'value', message: `${field} must list at least ${String(params.limit)} item(s)` };
    case 'maxItems':
      return { pointer: path, part: 'value', message: `${field} must list at most ${String(params.limit)} items; found ${(actual as unknown[]).length}` };
    case 'minimum':
    case 'maximum':
      return { pointer: path, part: 'value', message: `${field} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}; found ${show(actual)}` };
    case 'uniqueItems': {
      const items = actual as unknown[];
      return { pointer: joinPointer([...pointerSegments(path), Number(params.i)]), part: 'value', message: `${field} lists ${show(items[Number(params.i)])} more than once` };
    }
    case 'propertyNames':
      return { pointer: path, part: 'key', message: `${field} has a key that is not a rule id such as "sourcing/unattributed"` };
    default:
      return { pointer: path, part: 'value', message: `${field} ${error.message ?? 'is invalid'}` };
  }
}

/** `attribution[0].source` from `/attribution/0/source`. */
export function fieldLabel(pointer: string): string {
  if (pointer === '') return 'record';
  return pointerSegments(pointer).reduce((label, segment) => (/^\d+$/.test(segment) ? `${label}[${segment}]` : label ? `${label}.${segment}` : segment), '');
}

function patternMeaning(error: ErrorObject): string {
  const match = /\$defs\/([A-Za-z0-9]+)\/pattern$/.exec(error.schemaPath) ?? /properties\/([A-Za-z0-9]+)\/pattern$/.exec(error.schemaPath);
  const name = match?.[1] ?? (error.schemaPath.includes('/tags/') ? 'tags' : '');
  return PATTERN_MEANINGS[name] ?? `text matching ${String((error.params as { pattern?: string }).pattern)}`;
}

function typeName(type: unknown): string {
  const names: Record<string, string> = { string: 'text', array: 'a list', object: 'a mapping', integer: 'a whole number', number: 'a number', boolean: 'true or false', null: 'null' };
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
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'a list' : 'a mapping';
}
