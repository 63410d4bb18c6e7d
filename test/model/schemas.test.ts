import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/repo.js';

const dir = path.join(projectRoot, 'schemas');
const schemas = readdirSync(dir).map((file) => ({
  file,
  schema: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>,
}));

/** Every subschema with `properties`, with where it is; not `if` conditions, which test a value rather than describe one. */
function objectSchemas(node: unknown, where: string, found: { where: string; node: Record<string, unknown> }[] = []) {
  if (typeof node !== 'object' || node === null) return found;
  const record = node as Record<string, unknown>;
  if (record.properties) found.push({ where, node: record });
  for (const [key, value] of Object.entries(record)) if (key !== 'if') objectSchemas(value, `${where}/${key}`, found);
  return found;
}

/**
 * record.schema.json names `apiVersion` and `kind` for editors and leaves every other field to the schema
 * of the record's kind, which refuses unknown ones (test/model/record-schema.test.ts proves it does).
 */
const REFUSED_BY_KIND = 'record.schema.json';

describe('the JSON Schemas', () => {
  it.each(schemas)('$file is draft 2020-12 with an $id, a title and a description', ({ schema }) => {
    expect.hasAssertions();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/claims\.dev\/schemas\/v1\/[a-z]+\.schema\.json$/);
    expect(typeof schema.title).toBe('string');
    expect(typeof schema.description).toBe('string');
  });

  it.each(schemas)('$file: every property has a description, and every object refuses unknown fields', ({ file, schema }) => {
    expect.hasAssertions();
    for (const { where, node } of objectSchemas(schema, file)) {
      if (where !== REFUSED_BY_KIND) expect(node.additionalProperties, where).toBe(false);
      for (const [name, property] of Object.entries(node.properties as Record<string, Record<string, unknown>>)) {
        // A $ref to a shared definition carries that definition's description.
        const described = typeof property.description === 'string' || typeof property.$ref === 'string';
        expect(described, `${where}/${name}`).toBe(true);
      }
    }
  });

  it('gives every shared definition a description', () => {
    const common = schemas.find(({ file }) => file === 'common.schema.json')!.schema.$defs as Record<string, Record<string, unknown>>;
    for (const [name, definition] of Object.entries(common)) expect(typeof definition.description, name).toBe('string');
  });
});
