import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Chalk } from 'chalk';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import AjvDraft04 from 'ajv-draft-04';
import { validateXML } from 'xmllint-wasm';
import addFormatsPlugin from 'ajv-formats';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import type { DiagnosticsReport, FormatOptions } from '../../../src/render/diagnostics/report.js';
import { fixturesDir } from '../../support/repo.js';

/** Text that tries to break out of every output medium at once. */
export const HOSTILE =
  'pwn ]]> <script>&amp; "q" \'s\' 100% %0A a,b: c\n::error file=README.md,line=1::Fake\r\n##[error]legacy \u0000\u0001\u0007\u001b[2J\u007f\u009b \u202eevil\u2066 | `x` @octocat #1 <!-- \ud800 \uffff';

export function diagnostic(overrides: Partial<Diagnostic> = {}): Diagnostic {
  return {
    ruleId: 'schema',
    messageId: 'problem',
    severity: 'error',
    message: 'unknown field "x"',
    file: 'claims/demo/claims.yaml',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 12,
    recordId: 'a-claim',
    pointer: '/x',
    ...overrides,
  };
}

export function report(diagnostics: readonly Diagnostic[], overrides: Partial<DiagnosticsReport> = {}): DiagnosticsReport {
  const files = [...new Set(['claims/demo/claims.yaml', 'claims/demo/sources.yaml', ...diagnostics.map((entry) => entry.file)])].sort();
  return { command: 'verify', files, records: 5, diagnostics, stories: [], ...overrides };
}

export function options(env: Record<string, string | undefined> = {}): FormatOptions {
  return { chalk: new Chalk({ level: 0 }), env };
}

// ajv-draft-04 and ajv-formats are CommonJS: under Node's ESM interop the default export is the module itself.
const Ajv04 = AjvDraft04.default;
const addFormats = addFormatsPlugin as unknown as typeof addFormatsPlugin.default;

/** The official SARIF 2.1.0 schema (draft-04), vendored under test/fixtures/sarif with its NOTICE. */
export const SARIF_SCHEMA_FILE = path.join(fixturesDir, 'sarif', 'sarif-schema-2.1.0.json');

let sarifValidator: ((log: unknown) => string[]) | undefined;

/** Validates a SARIF log against the official schema, formats included; returns the errors, none when valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!sarifValidator) {
    const ajv = new Ajv04({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA_FILE, 'utf8')) as object);
    sarifValidator = (value) =>
      validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
  }
  return sarifValidator(log);
}

/** Jenkins xunit's JUnit schema, vendored under test/fixtures/junit with its source and licence. */
export const JUNIT_XSD_FILE = path.join(fixturesDir, 'junit', 'junit-10.xsd');

/**
 * Validates a JUnit document against junit-10.xsd with libxml2's xmllint (`--schema`), as Jenkins' xunit
 * plugin would with its own validator: the xmllint-wasm package, libxml2's own xmllint compiled to
 * WebAssembly, so `npm test` needs no system package. Returns the verdict and xmllint's report.
 */
export async function junitSchemaCheck(xml: string): Promise<{ valid: boolean; report: string }> {
  const result = await validateXML({
    xml: [{ fileName: 'junit.xml', contents: xml }],
    schema: [{ fileName: 'junit-10.xsd', contents: readFileSync(JUNIT_XSD_FILE, 'utf8') }],
  });
  return { valid: result.valid, report: result.rawOutput };
}

/** Checks well-formedness (throws with the parser's reason), then parses keeping attributes and CDATA as text. */
export function parseXml(xml: string): JunitDocument {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} at ${valid.err.line}:${valid.err.col}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: true,
    isArray: (name) => ['testsuite', 'testcase'].includes(name),
  });
  return parser.parse(xml) as JunitDocument;
}

export interface JunitTestcase {
  classname: string;
  name: string;
  time: string;
  failure?: { message: string; type: string; '#text': string };
  skipped?: { message: string; '#text': string };
  'system-out'?: string;
}

export interface JunitDocument {
  testsuites: {
    name: string;
    tests: string;
    failures: string;
    errors: string;
    testsuite: { name: string; file: string; tests: string; failures: string; skipped: string; testcase: JunitTestcase[] }[];
  };
}

export interface Annotation {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** The runner's inverse of the toolkit's escaping: one pass, so `%250A` stays a literal `%0A`. */
export function unescapeWorkflow(text: string): string {
  const table: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n', '%3A': ':', '%2C': ',' };
  return text.replace(/%(?:25|0D|0A|3A|2C)/g, (sequence) => table[sequence]!);
}

/** Parses one `::command k=v,k=v::message` line as the Actions runner does. */
export function parseWorkflowCommand(line: string): Annotation | undefined {
  const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) return undefined;
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const at = pair.indexOf('=');
    properties[pair.slice(0, at)] = unescapeWorkflow(pair.slice(at + 1));
  }
  return { command: match[1]!, properties, message: unescapeWorkflow(match[3]!) };
}
