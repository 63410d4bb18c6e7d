import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { bundle, bundleSchema } from '../../src/load/schema/bundle.js';
import { describeSchemaErrors } from '../../src/load/schema/messages.js';
import { AJV_OPTIONS, FORMATS, SCHEMA_IDS } from '../../src/load/schema/options.js';
import { readSchemaText, SCHEMA_KINDS, type SchemaKind } from '../../src/load/schema/schema-files.js';
import { validateAgainst } from '../../src/load/schema/schemas.js';
import { RECORD_KINDS, type RecordKind } from '../../src/model/records.js';
import { claimRecord } from '../support/generators.js';
import { fixturesDir, projectRoot } from '../support/repo.js';

const addFormats = addFormatsPlugin as unknown as typeof addFormatsPlugin.default;

function newAjv(): Ajv2020 {
  const ajv = new Ajv2020(AJV_OPTIONS);
  addFormats(ajv, [...FORMATS]);
  return ajv;
}

/** The schemas as published: each file on its own, referring to the others by URI. */
const unbundled = (() => {
  const ajv = newAjv();
  for (const file of [...SCHEMA_KINDS, 'common'] as const) ajv.addSchema(JSON.parse(readSchemaText(file)));
  return (kind: SchemaKind) => ajv.getSchema(SCHEMA_IDS[kind])!;
})();

/** The bundle of each kind, compiled by an ajv that knows no other schema: an external `$ref` would fail to compile. */
const bundled = Object.fromEntries(SCHEMA_KINDS.map((kind) => [kind, newAjv().compile(bundleSchema(kind))])) as Record<
  SchemaKind,
  ValidateFunction
>;

/** Every YAML document under test/fixtures and claims/ that parses, as plain data: valid and broken records, configs. */
function corpus(): unknown[] {
  const values: unknown[] = [];
  for (const dir of [fixturesDir, path.join(projectRoot, 'claims')]) {
    for (const file of readdirSync(dir, { recursive: true }).map(String)) {
      if (!/\.ya?ml$/.test(file)) continue;
      try {
        for (const document of parseAllDocuments(readFileSync(path.join(dir, file), 'utf8')) as ReturnType<typeof parseAllDocuments> &
          unknown[]) {
          if ('errors' in document && document.errors.length === 0) values.push(document.toJS({ maxAliasCount: 10 }));
        }
      } catch {
        // The hostile fixtures (an alias bomb, other encodings) are not records to compare on.
      }
    }
  }
  return values;
}

const CORPUS = corpus();

/** An ajv error as a comparable line, without the schema path (which names the file or the bundle's $defs). */
function errorLines(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => `${error.instancePath} ${error.keyword} ${JSON.stringify(error.params)}`).sort();
}

function verdict(validate: ValidateFunction, value: unknown): { valid: boolean; errors: string[] } {
  const valid = validate(value) as boolean;
  return { valid, errors: errorLines(validate.errors) };
}

/** A mapping whose kind is one claims loads. */
function isRecord(value: unknown): value is { kind: RecordKind } {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return RECORD_KINDS.some((known) => known === kind);
}

/** Every `$ref` in a schema. */
function refs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => refs(item, found));
  else if (typeof node === 'object' && node !== null)
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refs(value, found);
    }
  return found;
}

describe('record.schema.json: one schema for a file that mixes kinds', () => {
  const record = JSON.parse(readSchemaText('record')) as {
    properties: { kind: { enum: string[] } };
    allOf: { if: { properties: { kind: { const: string } } }; then: { $ref: string } }[];
  };

  it('names exactly the record kinds claims loads, each checked by its own schema', () => {
    expect(record.properties.kind.enum).toEqual([...RECORD_KINDS]);
    const branches = record.allOf.map((branch) => [branch.if.properties.kind.const, branch.then.$ref]);
    expect(branches).toEqual(RECORD_KINDS.map((kind) => [kind, `${kind.toLowerCase()}.schema.json`]));
    for (const kind of RECORD_KINDS) expect(JSON.parse(readSchemaText(kind.toLowerCase() as SchemaKind)).properties.kind.const).toBe(kind);
  });

  it('accepts and refuses every record as the schema of its kind does, and claims would say the same about it', () => {
    const records = CORPUS.filter(isRecord);
    expect(records.length).toBeGreaterThan(80);
    const check = (value: { kind: string }) => {
      const own = validateAgainst(value.kind.toLowerCase() as SchemaKind, value);
      const viaRecord = validateAgainst('record', value);
      expect(viaRecord.length === 0, JSON.stringify(value)).toBe(own.length === 0);
      expect(describeSchemaErrors(viaRecord)).toEqual(describeSchemaErrors(own));
    };
    records.forEach(check);
    fc.assert(
      fc.property(claimRecord, (value) => {
        fc.pre(isRecord(value));
        check(value);
      }),
      { numRuns: 300 },
    );
  });

  it('gives one error for a kind it does not know, and one for a record without a kind', () => {
    const value = { apiVersion: 'claims/v1', kind: 'Clam', id: 'x', status: 'done' };
    expect(errorLines(validateAgainst('record', value))).toEqual(['/kind enum {"allowedValues":["Story","Source","Claim","Evidence"]}']);
    expect(errorLines(validateAgainst('record', { apiVersion: 'claims/v1', id: 'x' }))).toEqual([' required {"missingProperty":"kind"}']);
  });

  it('refuses an unknown field in a record of every kind', () => {
    const records = CORPUS.filter(isRecord).filter((value) => validateAgainst('record', value).length === 0);
    for (const kind of RECORD_KINDS) {
      const valid = records.find((value) => value.kind === kind)!;
      expect(errorLines(validateAgainst('record', { ...valid, sauce: 1 }))).toContain(
        ' additionalProperties {"additionalProperty":"sauce"}',
      );
    }
  });
});

describe('claims schema --bundle: each schema with every $ref inlined', () => {
  it.each(SCHEMA_KINDS)('%s: valid JSON Schema 2020-12 with no reference outside itself', (kind) => {
    const schema = bundleSchema(kind);
    expect(newAjv().validateSchema(schema), JSON.stringify(newAjv().errors)).toBe(true);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(SCHEMA_IDS[kind]);
    for (const ref of refs(schema)) expect(ref).toMatch(/^#\/\$defs\/[A-Za-z0-9_.-]+$/);
    // Every definition is used, and nothing below the root carries an identity of its own.
    const defs = Object.keys((schema.$defs as object | undefined) ?? {});
    expect(new Set(refs(schema))).toEqual(new Set(defs.map((name) => `#/$defs/${name}`)));
    expect(JSON.stringify({ ...schema, $id: undefined })).not.toContain('"$id"');
  });

  it('is the same every time', () => {
    for (const kind of SCHEMA_KINDS) expect(JSON.stringify(bundleSchema(kind))).toBe(JSON.stringify(bundleSchema(kind)));
  });

  it('names the definitions after the kinds and the shared definitions they come from', () => {
    expect(Object.keys(bundleSchema('record').$defs as object)).toEqual([
      'apiVersion',
      'claim',
      'custody',
      'date',
      'evidence',
      'evidenceArchive',
      'evidenceRelation',
      'evidenceTitle',
      'evidenceType',
      'heldNeedsArchive',
      'id',
      'relativePath',
      'sha256',
      'source',
      'story',
      'suppress',
      'text',
      'url',
      'viaLink',
    ]);
    // The config schema refers to nothing, so it is printed as it is, with the comment saying where it came from.
    const { $comment, ...config } = bundleSchema('config');
    expect($comment).toContain('claims schema --bundle config');
    expect(config).toEqual(JSON.parse(readSchemaText('config')));
  });

  it.each(SCHEMA_KINDS)(
    '%s: accepts and refuses every fixture, record and config as the published schemas do, with the same errors',
    (kind) => {
      expect(CORPUS.length).toBeGreaterThan(100);
      for (const value of CORPUS) expect(verdict(bundled[kind], value), JSON.stringify(value)).toEqual(verdict(unbundled(kind), value));
    },
  );

  it('agrees with the published schemas on generated records', () => {
    fc.assert(
      fc.property(claimRecord, (value) => {
        for (const kind of ['record', 'claim'] as const) expect(verdict(bundled[kind], value)).toEqual(verdict(unbundled(kind), value));
      }),
      { numRuns: 300 },
    );
  });
});

describe('bundle', () => {
  const resources = new Map(
    Object.entries({
      'https://example.test/s/b.json': {
        $id: 'https://example.test/s/b.json',
        $defs: { id: { type: 'integer' }, wrap: { $ref: '#/$defs/id' }, 'a/b': { type: 'null' } },
      },
    }),
  );

  it('gives a definition that clashes with one of the root its file name, follows references inside what it inlines, and leaves data alone', () => {
    const root = {
      $id: 'https://example.test/s/a.json',
      $defs: { id: { type: 'string' } },
      properties: {
        p: { $ref: 'b.json#/$defs/wrap' },
        q: { $ref: '#/$defs/id' },
        r: { $ref: 'https://example.test/s/a.json#/$defs/id' },
        s: { $ref: 'b.json#/$defs/a~1b' },
        t: { const: { $ref: 'not-a-reference.json' } },
      },
    };
    expect(bundle(root, resources)).toEqual({
      $id: 'https://example.test/s/a.json',
      properties: {
        p: { $ref: '#/$defs/wrap' },
        q: { $ref: '#/$defs/id' },
        r: { $ref: '#/$defs/id' },
        s: { $ref: '#/$defs/a-b' },
        t: { const: { $ref: 'not-a-reference.json' } },
      },
      $defs: { 'a-b': { type: 'null' }, 'b-id': { type: 'integer' }, id: { type: 'string' }, wrap: { $ref: '#/$defs/b-id' } },
    });
  });

  it('refuses what it cannot inline faithfully', () => {
    const root = (ref: string) => ({ $id: 'https://example.test/s/a.json', properties: { p: { $ref: ref } } });
    expect(() => bundle(root('missing.json'), resources)).toThrow('no schema has $id https://example.test/s/missing.json');
    expect(() => bundle(root('b.json#/$defs/nothing'), resources)).toThrow('has nothing at #/$defs/nothing');
    expect(() => bundle(root('b.json#anchor'), resources)).toThrow('only JSON-pointer fragments');
    expect(() => bundle({ properties: {} }, resources)).toThrow('needs an absolute $id');
    expect(() => bundle({ $id: 'https://example.test/s/a.json', $defs: { x: { $anchor: 'x' } } }, resources)).toThrow('with $anchor in it');
    expect(() => bundle({ $id: 'https://example.test/s/a.json', $defs: { x: { $id: 'x.json' } } }, resources)).toThrow('with $id in it');
  });
});
