import { pointerSegments } from '../../model/pointer.js';
import { readSchemaText, SCHEMA_FILES, type SchemaKind } from './schema-files.js';

type Json = null | boolean | number | string | Json[] | JsonObject;
interface JsonObject {
  [key: string]: Json;
}

/** Keywords whose values are data, not schemas: a `$ref` in them is not a reference. */
const DATA_KEYWORDS = new Set(['const', 'enum', 'default', 'examples']);

/** Ways to name or reach a subschema other than by `$id` and JSON pointer, which the bundler does not follow. */
const UNSUPPORTED = new Set(['$anchor', '$dynamicAnchor', '$dynamicRef', '$recursiveAnchor', '$recursiveRef']);

/**
 * The schema of `kind` made self-contained: every subschema it refers to in another file (a kind's schema,
 * a shared definition in common.schema.json) is copied into its `$defs` under a readable name, and each
 * `$ref` becomes a JSON pointer into the same document (`#/$defs/id`). So an editor needs no network and
 * no sibling files, and no resolver has to honour `$id`. The result keeps the root `$id`, is valid JSON
 * Schema 2020-12 and accepts exactly what the schema of `kind` accepts; for one input it is always the same.
 */
export function bundleSchema(kind: SchemaKind): JsonObject {
  const resources = new Map<string, JsonObject>();
  for (const file of SCHEMA_FILES) {
    const schema = JSON.parse(readSchemaText(file)) as JsonObject;
    resources.set(String(schema.$id), schema);
  }
  // Said right after the $id, so whoever opens a copy in .vscode/ knows where it came from.
  const comment = `Bundled by \`claims schema --bundle ${kind}\`: ${kind}.schema.json with every schema it refers to copied into $defs. Regenerate it rather than edit it.`;
  const root: JsonObject = {};
  for (const [key, value] of Object.entries(JSON.parse(readSchemaText(kind)) as JsonObject)) {
    root[key] = value;
    if (key === '$id') root.$comment = comment;
  }
  return bundle(root, resources);
}

/** `root` with every `$ref` to another resource in `resources` (keyed by absolute `$id`) inlined into its `$defs`. */
export function bundle(root: JsonObject, resources: ReadonlyMap<string, JsonObject>): JsonObject {
  if (typeof root.$id !== 'string' || !URL.canParse(root.$id)) throw new Error('a schema to bundle needs an absolute $id');
  const rootId = withoutFragment(root.$id);
  const ownDefs = isObject(root.$defs) ? root.$defs : {};
  const taken = new Set(Object.keys(ownDefs));
  const resourcesById = new Map([...resources].map(([id, schema]) => [withoutFragment(id), schema]));
  const names = new Map<string, string>();
  const pending: { uri: string; pointer: string; name: string }[] = [];

  /** The local reference that replaces `ref`, found from the resource at `base`; queues what it points to. */
  const localRef = (ref: string, base: string): string => {
    const target = new URL(ref, base);
    const pointer = decodeURIComponent(target.hash.slice(1));
    if (pointer !== '' && !pointer.startsWith('/'))
      throw new Error(`cannot bundle $ref "${ref}": only JSON-pointer fragments are supported`);
    const uri = withoutFragment(target.href);
    if (uri === rootId) return `#${encodeFragment(pointer)}`;
    const key = `${uri}#${pointer}`;
    let name = names.get(key);
    if (name === undefined) {
      name = freeName(uri, pointer, taken);
      taken.add(name);
      names.set(key, name);
      pending.push({ uri, pointer, name });
    }
    return `#${encodeFragment(`/$defs/${name}`)}`;
  };

  const rewrite = (node: Json, base: string, isResourceRoot: boolean): Json => {
    if (Array.isArray(node)) return node.map((item) => rewrite(item, base, false));
    if (!isObject(node)) return node;
    const copy: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') copy[key] = localRef(value, base);
      else if (key === '$id' ? !isResourceRoot : UNSUPPORTED.has(key)) throw new Error(`cannot bundle a schema with ${key} in it`);
      else copy[key] = DATA_KEYWORDS.has(key) ? value : rewrite(value, base, false);
    }
    return copy;
  };

  const bundled = rewrite(root, rootId, true) as JsonObject;
  const defs: JsonObject = isObject(bundled.$defs) ? { ...bundled.$defs } : {};
  for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
    const resource = resourcesById.get(next.uri);
    if (resource === undefined) throw new Error(`cannot bundle: no schema has $id ${next.uri}`);
    const target = resolvePointer(resource, next.pointer);
    if (target === undefined) throw new Error(`cannot bundle: ${next.uri} has nothing at #${next.pointer}`);
    const inlined = rewrite(target, next.uri, next.pointer === '');
    if (next.pointer === '' && isObject(inlined)) {
      // A whole resource, now a subschema: its own identity and dialect go, and so do its $defs, since every
      // reference into them was rewritten to a definition of the bundle.
      for (const key of ['$schema', '$id', '$defs', 'definitions']) delete inlined[key];
    }
    defs[next.name] = inlined;
  }
  if (Object.keys(defs).length === 0) return bundled;
  delete bundled.$defs;
  bundled.$defs = Object.fromEntries(
    Object.keys(defs)
      .sort()
      .map((name) => [name, defs[name]!]),
  );
  return bundled;
}

/** A `$defs` name for the subschema at `pointer` in `uri`: the definition's own name, else the file's. */
function freeName(uri: string, pointer: string, taken: ReadonlySet<string>): string {
  const stem = (new URL(uri).pathname.split('/').pop() ?? '').replace(/(\.schema)?\.json$/, '') || 'schema';
  const segments = pointerSegments(pointer);
  const own =
    segments.length === 0
      ? stem
      : segments.length === 2 && (segments[0] === '$defs' || segments[0] === 'definitions')
        ? segments[1]!
        : `${stem}-${segments.join('-')}`;
  const base = own.replace(/[^A-Za-z0-9_.-]+/g, '-');
  for (const candidate of [base, `${stem}-${base}`]) if (!taken.has(candidate)) return candidate;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${base}-${n}`)) return `${stem}-${base}-${n}`;
}

/** An absolute URI, normalised, without its fragment. */
function withoutFragment(uri: string): string {
  const url = new URL(uri);
  url.hash = '';
  return url.href;
}

function resolvePointer(document: Json, pointer: string): Json | undefined {
  let node: Json | undefined = document;
  for (const segment of pointerSegments(pointer)) {
    if (Array.isArray(node) && /^(0|[1-9][0-9]*)$/.test(segment)) node = node[Number(segment)];
    else if (isObject(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

/** A JSON pointer as a URI fragment (RFC 6901 §6): characters outside the fragment grammar percent-encoded. */
function encodeFragment(pointer: string): string {
  return pointer.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/?]/g, (character) => encodeURIComponent(character));
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
