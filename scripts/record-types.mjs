import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const schemaDir = fileURLToPath(new URL('../schemas/', import.meta.url));
const kinds = ['story', 'source', 'claim', 'evidence', 'config'];

/**
 * Renders the TypeScript declarations for every record schema, as committed in src/model/records.generated.ts,
 * followed by every string the schemas enumerate.
 */
export async function renderRecordTypes() {
  // One wrapper schema, so definitions shared through common.schema.json are declared once.
  const wrapper = { title: 'RecordSchemas', type: 'object', properties: {}, additionalProperties: false };
  for (const kind of kinds) {
    const schema = JSON.parse(await readFile(`${schemaDir}${kind}.schema.json`, 'utf8'));
    delete schema.$schema;
    wrapper.properties[kind] = eitherAsUnion(schema);
  }
  const ts = await compile(wrapper, 'RecordSchemas', {
    cwd: schemaDir,
    bannerComment: '// Generated from schemas/*.schema.json by `npm run gen:types`. Do not edit.',
    additionalProperties: false,
    strictIndexSignatures: true,
    // maxItems would turn every bounded list into a union of tuples of each length.
    ignoreMinAndMaxItems: true,
    format: true,
    style: { singleQuote: true, printWidth: 110 },
    $refOptions: {
      resolve: {
        http: false,
        // Shared definitions (common.schema.json) get the same if/then/else rewrite as the schemas that use them.
        file: { order: 1, canRead: true, read: async ({ url }) => JSON.stringify(eitherAsUnion(JSON.parse(await readFile(url, 'utf8')))) },
      },
    },
  });
  return `${ts}${await renderEnumeratedStrings()}`;
}

/**
 * json-schema-to-typescript ignores if/then/else; the schemas use it for "an id or an object" (ajv then
 * reports only the branch that applies), which as a type is the union of the two branches.
 */
function eitherAsUnion(node) {
  if (Array.isArray(node)) return node.map(eitherAsUnion);
  if (typeof node !== 'object' || node === null) return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, eitherAsUnion(value)]));
  if (copy.if !== undefined && copy.then !== undefined && copy.else !== undefined) {
    copy.anyOf = [copy.then, copy.else];
    delete copy.if;
    delete copy.then;
    delete copy.else;
  }
  return copy;
}

/** Every `enum` member and `const` that is a string, in any schema, sorted. */
async function renderEnumeratedStrings() {
  const strings = new Set();
  const collect = (node) => {
    if (Array.isArray(node)) return node.forEach(collect);
    if (typeof node !== 'object' || node === null) return;
    for (const value of [...(Array.isArray(node.enum) ? node.enum : []), node.const]) if (typeof value === 'string') strings.add(value);
    Object.values(node).forEach(collect);
  };
  for (const kind of [...kinds, 'common']) collect(JSON.parse(await readFile(`${schemaDir}${kind}.schema.json`, 'utf8')));
  // Single-quoted, as the declarations above are.
  const list = [...strings]
    .sort()
    .map((value) => `  '${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}',`)
    .join('\n');
  return `
/** Every string the schemas enumerate (\`enum\` members and \`const\` values), sorted. */
export const ENUMERATED_STRINGS: readonly string[] = [
${list}
];
`;
}
