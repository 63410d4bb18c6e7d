import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { packageRoot } from '../../paths.js';

export const SCHEMA_KINDS = ['story', 'source', 'claim', 'config'] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

export function schemaPath(kind: SchemaKind | 'common'): string {
  return path.join(packageRoot, 'schemas', `${kind}.schema.json`);
}

export function readSchemaText(kind: SchemaKind | 'common'): string {
  return readFileSync(schemaPath(kind), 'utf8');
}

// ajv-formats is CommonJS; under Node's ESM interop its default export is the plugin function itself.
const addFormats = addFormatsPlugin as unknown as typeof addFormatsPlugin.default;

let compiled: Map<SchemaKind, ValidateFunction> | undefined;

/** Compiles every schema once, on first use. */
function validators(): Map<SchemaKind, ValidateFunction> {
  if (compiled) return compiled;
  // strictRequired is off only because source.schema.json requires `anonymity` when `name` is absent (if/not/required).
  const ajv = new Ajv2020({ allErrors: true, ownProperties: true, strict: true, strictRequired: false, verbose: true, allowUnionTypes: true });
  addFormats(ajv, ['date', 'uri']);
  ajv.addSchema(JSON.parse(readSchemaText('common')));
  compiled = new Map();
  for (const kind of SCHEMA_KINDS) compiled.set(kind, ajv.compile(JSON.parse(readSchemaText(kind))));
  return compiled;
}

/** Most schema errors kept per record: the byte cap bounds work, this bounds output. */
const MAX_ERRORS = 20;

export function validateAgainst(kind: SchemaKind, value: unknown): ErrorObject[] {
  const validate = validators().get(kind);
  if (!validate) throw new Error(`no schema for ${kind}`);
  return validate(value) ? [] : (validate.errors ?? []).slice(0, MAX_ERRORS * 5);
}

export { MAX_ERRORS };
