/*
 * The official interop oracles (test/fixtures/interop-oracles/NOTICE.md), run offline: JSON-LD is
 * expanded in safe mode with local copies of its contexts (a document loader that refuses the network),
 * JSON Schemas are checked with Ajv, schema.org's SHACL shapes with rdf-validate-shacl, and PROV-JSON is
 * read back by the Python `prov` package (Debian python3-prov) in a real child process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import AjvDraft04 from 'ajv-draft-04';
import { Ajv } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import factory from 'rdf-validate-shacl/src/defaultEnv.js';
import { fixturesDir, projectRoot } from './repo.js';

export const ORACLES = path.join(fixturesDir, 'interop-oracles');
const read = (name: string) => readFileSync(path.join(ORACLES, name), 'utf8');
const readJson = (name: string) => JSON.parse(read(name)) as Record<string, unknown>;
const addFormats = addFormatsPlugin as unknown as (ajv: unknown) => void;
const Ajv04 = AjvDraft04.default;

/** Local copies of the contexts, by the URLs documents name them with. */
const CONTEXTS: [RegExp, () => unknown][] = [
  [/^https?:\/\/schema\.org\/?$/, () => readJson('claimreview/schemaorg-30.0-context.jsonld')],
  [/^https?:\/\/www\.w3\.org\/ns\/anno\.jsonld$/, () => readJson('web-annotation/anno.jsonld')],
  [/^https:\/\/openprovenance\.org\/prov-jsonld\/context\.jsonld$/, () => readJson('prov/prov-jsonld-context-2024-08-25.jsonld')],
];

async function documentLoader(url: string) {
  const local = CONTEXTS.find(([pattern]) => pattern.test(url));
  if (!local) throw new Error(`offline: refusing to load ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: local[1]() };
}

/** JSON-LD 1.1 to N-Quads in safe mode (a term no context defines is an error), contexts from local copies only. */
export async function toNQuads(document: unknown): Promise<string> {
  const options = { format: 'application/n-quads', documentLoader, safe: true } as unknown as jsonld.Options.ToRdf;
  return (await jsonld.toRDF(document as jsonld.JsonLdDocument, options)) as unknown as string;
}

/** Turns schema.org's 13 datatype shapes from BlankNodeOrIRI into Literal / IRIOrLiteral (harness/patch-schemaorg-shapes.sh). */
export function patchSchemaOrgShapes(turtle: string): string {
  let kind = '';
  return turtle
    .split('\n')
    .map((line) => {
      if (/^:ValidSchema(Number|Integer|Float|Date|DateTime|Time) a sh:NodeShape/.test(line)) kind = 'sh:Literal';
      if (/^:ValidSchema(Text|URL|Boolean|CssSelectorType|XPathType|DataType|PronounceableText) a sh:NodeShape/.test(line))
        kind = 'sh:IRIOrLiteral';
      if (kind !== '' && line.includes('sh:nodeKind sh:BlankNodeOrIRI')) {
        line = line.replace('sh:BlankNodeOrIRI', kind);
        kind = '';
      }
      if (line === '') kind = '';
      return line;
    })
    .join('\n');
}

let shapes: { patched: unknown; published: unknown; subclasses: unknown[]; terms: Set<string> } | undefined;
function schemaOrg() {
  if (!shapes) {
    const parse = (text: string) => new Parser({ format: 'text/turtle' }).parse(text);
    const published = read('claimreview/schemaorg-30.0-shapes.shacl');
    shapes = {
      patched: factory.dataset(parse(patchSchemaOrgShapes(published))),
      published: factory.dataset(parse(published)),
      subclasses: parse(read('claimreview/schemaorg-30.0-subclasses.shacl')),
      terms: new Set(Object.keys(readJson('claimreview/schemaorg-30.0-context.jsonld')['@context'] as object)),
    };
  }
  return shapes;
}

/**
 * schema.org's SHACL shapes (patched unless `published`) over the document's RDF plus the subclass
 * triples, and every key checked to be a schema.org term (`@vocab` would map a misspelt one silently).
 */
export async function schemaOrgShacl(document: unknown, options: { published?: boolean } = {}): Promise<string[]> {
  const { patched, published, subclasses, terms } = schemaOrg();
  const problems: string[] = [];
  JSON.stringify(document, (key, value: unknown) => {
    if (key !== '' && !key.startsWith('@') && Number.isNaN(Number(key)) && !terms.has(key)) problems.push(`not a schema.org term: ${key}`);
    return value;
  });
  const quads = new Parser({ format: 'application/n-quads' }).parse(await toNQuads(document));
  const data = factory.dataset(quads);
  for (const quad of subclasses) data.add(quad as never);
  const validator = new SHACLValidator((options.published ? published : patched) as never, { factory });
  const report = await validator.validate(data);
  for (const result of report.results)
    problems.push(
      `${result.path?.value ?? ''} ${JSON.stringify(result.value?.value)} ${result.sourceConstraintComponent?.value.split('#')[1] ?? ''}`,
    );
  return problems;
}

let google: { required: (data: unknown) => boolean; recommended: (data: unknown) => boolean; ajv: Ajv2020 } | undefined;
/** Google's ClaimReview profile: errors from the required part, warnings from the recommended one. */
export function googleProfile(document: unknown): { errors: string; warnings: string } {
  if (!google) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    ajv.addSchema(readJson('claimreview/google-claimreview-profile.schema.json'));
    google = {
      ajv,
      required: ajv.getSchema('urn:claims-interop:google-claimreview-profile')!,
      recommended: ajv.getSchema('urn:claims-interop:google-claimreview-profile#/$defs/recommended')!,
    };
  }
  const { ajv, required, recommended } = google;
  const errors = required(document) ? '' : ajv.errorsText((required as unknown as { errors: never }).errors);
  const warnings = recommended(document) ? '' : ajv.errorsText((recommended as unknown as { errors: never }).errors);
  return { errors, warnings };
}

/** Google's rules JSON Schema cannot say: worstRating ≤ ratingValue ≤ bestRating, one review per claim URL. */
export function googleCrossField(reviews: readonly Record<string, unknown>[]): string[] {
  const problems: string[] = [];
  const urls = new Set<string>();
  for (const review of reviews) {
    const rating = review.reviewRating as { ratingValue: number; worstRating: number; bestRating: number };
    if (!(rating.worstRating <= rating.ratingValue && rating.ratingValue <= rating.bestRating))
      problems.push(`${String(review.url)}: rating out of range`);
    if (urls.has(String(review.url))) problems.push(`${String(review.url)}: two reviews at one URL`);
    urls.add(String(review.url));
  }
  return problems;
}

let factCheck: Ajv2020 | undefined;
/** A Fact Check Tools API shape (the schema derived from the discovery document). */
export function factCheckTools(
  definition:
    | 'GoogleFactcheckingFactchecktoolsV1alpha1ClaimReviewMarkupPage'
    | 'GoogleFactcheckingFactchecktoolsV1alpha1FactCheckedClaimSearchResponse',
  document: unknown,
): string {
  if (!factCheck) {
    factCheck = new Ajv2020({ allErrors: true, strict: true });
    addFormats(factCheck);
    factCheck.addSchema(readJson('factchecktools/factchecktools-v1alpha1.schema.json'));
  }
  const validate = factCheck.getSchema(`urn:claims-interop:factchecktools-v1alpha1#/$defs/${definition}`)!;
  return validate(document) ? '' : factCheck.errorsText(validate.errors);
}

let provSchema: { ajv: InstanceType<typeof Ajv04>; validate: (data: unknown) => boolean } | undefined;
/** ProvToolbox's PROV-JSON schema (draft-04). */
export function provJsonSchema(document: unknown): string {
  if (!provSchema) {
    const ajv = new Ajv04({ allErrors: true, strict: false });
    addFormats(ajv);
    provSchema = { ajv, validate: ajv.compile(readJson('prov/prov-json-schema-v4.json')) };
  }
  const { ajv, validate } = provSchema;
  return validate(document) ? '' : ajv.errorsText((validate as unknown as { errors: never }).errors);
}

/** Debian's python3 (with python3-prov), not a pyenv one earlier on PATH. */
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** The Python `prov` package reading a PROV-JSON file: the records it found per section, or its error. */
export function provPython(file: string): { counts?: Record<string, number>; error?: string } {
  const result = spawnSync(PYTHON, [path.join(projectRoot, 'test', 'support', 'prov_counts.py'), file], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) return { error: result.stderr.trim() || `exit ${result.status}` };
  return { counts: JSON.parse(result.stdout) as Record<string, number> };
}

let provJsonLdParts: { ajv: Ajv; validate: (data: unknown) => boolean; defined: Set<string> } | undefined;
const PROV = 'http://www.w3.org/ns/prov#';
/** PROV-JSONLD: its schema (draft-07), JSON-LD 1.1 safe-mode expansion, and every prov: term defined in PROV-O. */
export async function provJsonLd(document: unknown): Promise<string[]> {
  if (!provJsonLdParts) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const ontology = new Parser({ format: 'text/turtle' }).parse(read('prov/prov-o-20130430.ttl'));
    provJsonLdParts = {
      ajv,
      validate: ajv.compile(readJson('prov/prov-jsonld-schema-2024-08-25.json')),
      defined: new Set(ontology.map((quad) => quad.subject.value)),
    };
  }
  const { ajv, validate, defined } = provJsonLdParts;
  const problems: string[] = [];
  if (!validate(document)) problems.push(`schema: ${ajv.errorsText((validate as unknown as { errors: never }).errors)}`);
  try {
    const quads = new Parser({ format: 'application/n-quads' }).parse(await toNQuads(document));
    const used = new Set<string>();
    for (const quad of quads) {
      if (quad.predicate.value.startsWith(PROV)) used.add(quad.predicate.value);
      if (quad.predicate.value.endsWith('#type') && quad.object.value.startsWith(PROV)) used.add(quad.object.value);
    }
    const missing = [...used].filter((term) => !defined.has(term));
    if (missing.length > 0) problems.push(`not in PROV-O: ${missing.join(' ')}`);
    if (quads.length === 0) problems.push('JSON-LD: no triples');
  } catch (error) {
    problems.push(`JSON-LD: ${(error as Error).message}`);
  }
  return problems;
}

const TESTS = path.join(ORACLES, 'web-annotation', 'web-annotation-tests');
let musts: { name: string; expected: string; validate: (data: unknown) => boolean }[] | undefined;
/** The W3C Web Annotation test suite's MUST assertions (annotationMusts.test) an annotation fails, by name. */
export function webAnnotationMusts(annotation: unknown): string[] {
  if (!musts) {
    const ajv = new Ajv04({ strict: false });
    addFormats(ajv);
    for (const file of readdirSync(path.join(TESTS, 'definitions')).filter((name) => name.endsWith('.json')))
      ajv.addSchema(JSON.parse(readFileSync(path.join(TESTS, 'definitions', file), 'utf8')) as object);
    const test = JSON.parse(readFileSync(path.join(TESTS, 'annotations', 'annotationMusts.test'), 'utf8')) as { assertions: string[] };
    musts = test.assertions.map((assertion) => {
      const schema = JSON.parse(readFileSync(path.join(TESTS, assertion), 'utf8')) as { expectedResult: string };
      return { name: path.basename(assertion), expected: schema.expectedResult, validate: ajv.compile(schema) };
    });
  }
  return musts.filter(({ expected, validate }) => (validate(annotation) ? 'valid' : 'invalid') !== expected).map(({ name }) => name);
}

/** How many MUST assertions the suite holds (54 at the saved commit). */
export function webAnnotationMustCount(): number {
  webAnnotationMusts({});
  return musts!.length;
}
