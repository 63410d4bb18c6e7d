import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../model/package.js';
/** Every schema `claims schema` prints; `record` is any of story, source and claim, by its `kind`. */
export const SCHEMA_KINDS = ['story', 'source', 'claim', 'evidence', 'record', 'config'];
/** Every file in schemas/: the kinds, and the shared definitions they refer to. */
export const SCHEMA_FILES = [...SCHEMA_KINDS, 'common'];
export function schemaPath(kind) {
    return path.join(packageRoot, 'schemas', `${kind}.schema.json`);
}
export function readSchemaText(kind) {
    return readFileSync(schemaPath(kind), 'utf8');
}
