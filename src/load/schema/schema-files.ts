import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../model/package.js';

/** Every schema `claims schema` prints; `record` is any of story, source and claim, by its `kind`. */
export const SCHEMA_KINDS = ['story', 'source', 'claim', 'evidence', 'record', 'config'] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

/** Every file in schemas/: the kinds, and the shared definitions they refer to. */
export const SCHEMA_FILES = [...SCHEMA_KINDS, 'common'] as const;

export function schemaPath(kind: SchemaKind | 'common'): string {
  return path.join(packageRoot, 'schemas', `${kind}.schema.json`);
}

export function readSchemaText(kind: SchemaKind | 'common'): string {
  return readFileSync(schemaPath(kind), 'utf8');
}
