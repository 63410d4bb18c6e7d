import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const schemaDir = fileURLToPath(new URL('../schemas/', import.meta.url));
const kinds = ['story', 'source', 'claim', 'config'];

/** Renders the TypeScript declarations for every record schema, as committed in src/model/records.generated.ts. */
export async function renderRecordTypes() {
  // One wrapper schema, so definitions shared through common.schema.json are declared once.
  const wrapper = { title: 'RecordSchemas', type: 'object', properties: {}, additionalProperties: false };
  for (const kind of kinds) {
    const schema = JSON.parse(await readFile(`${schemaDir}${kind}.schema.json`, 'utf8'));
    delete schema.$schema;
    wrapper.properties[kind] = schema;
  }
  const ts = await compile(wrapper, 'RecordSchemas', {
    cwd: schemaDir,
    bannerComment: '// Generated from schemas/*.schema.json by `npm run gen:types`. Do not edit.',
    additionalProperties: false,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 110 },
    $refOptions: { resolve: { http: false } },
  });
  return ts;
}
