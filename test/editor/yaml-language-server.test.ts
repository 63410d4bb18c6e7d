// Real processes: Red Hat's yaml-language-server (the engine of VS Code's YAML extension and of most other
// editors' YAML support) runs as a child process and is spoken to over stdio, as an editor speaks to it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runClaims } from '../support/cli.js';
import { makeRepo, projectRoot, writeRepoFile } from '../support/repo.js';
import { fileUri, LspClient, yamlLanguageServerBin, type Diagnostic } from './lsp-client.js';

/** A bound on a hang (the server starting, loading the schema), never a measure of speed. */
const TIMEOUT_MS = 60_000;

const claimSchema = JSON.parse(readFileSync(path.join(projectRoot, 'schemas', 'claim.schema.json'), 'utf8')) as {
  properties: Record<string, { description: string; enum?: string[] }>;
};
const sourceSchema = JSON.parse(readFileSync(path.join(projectRoot, 'schemas', 'source.schema.json'), 'utf8')) as typeof claimSchema;

const STORY = `apiVersion: claims/v1
kind: Story
id: bridge-closure
title: Bridge to close in March
text: story.txt
published: 2025-03-01
`;
const SOURCE = `apiVersion: claims/v1
kind: Source
id: the-mayor
type: person
name: Jane Doe
description: the mayor
groundRule: on-record
`;
const CLAIM = `apiVersion: claims/v1
kind: Claim
id: bridge-will-close
story: bridge-closure
statement: The mayor said the bridge will close in March.
type: attributed-statement
anchor:
  exact: The mayor said the bridge will close in March.
attribution:
  - source: the-mayor
    relation: said
confidence:
  likelihood: likely
  credibility: 2
  rationale: The mayor said it on the record.
status: done
`;

/** Three records in one file, the third with a status the schema does not allow. */
const MIXED = [STORY, SOURCE, CLAIM].join('---\n');
const MODELINE = '# yaml-language-server: $schema=../.vscode/claims.schema.json\n';

/** The first JSON block of docs/editors.md: the settings it tells VS Code users to write. */
function documentedSettings(): Record<string, unknown> {
  const page = readFileSync(path.join(projectRoot, 'docs', 'editors.md'), 'utf8');
  const block = /```json\n([\s\S]*?)```/.exec(page)?.[1];
  if (block === undefined) throw new Error('docs/editors.md has no JSON block');
  return JSON.parse(block) as Record<string, unknown>;
}

/** The 0-based line of the first line of `text` starting with `prefix` after line `from`. */
function lineOf(text: string, prefix: string, from = 0): number {
  const line = text.split('\n').findIndex((content, index) => index >= from && content.startsWith(prefix));
  if (line < 0) throw new Error(`no line starts with ${prefix}`);
  return line;
}

function hoverText(hover: unknown): string {
  const contents = (hover as { contents?: unknown } | null)?.contents;
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents))
    return contents.map((part) => (typeof part === 'string' ? part : (part as { value: string }).value)).join('\n');
  return (contents as { value?: string } | undefined)?.value ?? '';
}

const summary = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`);

describe('yaml-language-server with the bundled record schema', () => {
  const root = makeRepo();
  // The `yaml.schemas` setting docs/editors.md gives for VS Code's .vscode/settings.json, and no network.
  const settings = {
    yaml: {
      schemas: documentedSettings()['yaml.schemas'],
      validate: true,
      hover: true,
      completion: true,
      schemaStore: { enable: false },
    },
  };
  let client: LspClient;

  /** Opens `name` (relative to the workspace) with `text` in the server. */
  function open(name: string, text: string): string {
    writeRepoFile(root, name, text);
    const uri = fileUri(path.join(root, name));
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return uri;
  }

  beforeAll(async () => {
    // The schema as the docs have it written: `npx claims schema --bundle > .vscode/claims.schema.json`.
    const bundle = await runClaims(['schema', '--bundle'], { cwd: root });
    expect(bundle.code).toBe(0);
    writeRepoFile(root, '.vscode/claims.schema.json', bundle.stdout);

    client = new LspClient(yamlLanguageServerBin(), settings, TIMEOUT_MS);
    const initialized = await client.request<{ capabilities: { hoverProvider?: unknown; completionProvider?: unknown } }>('initialize', {
      processId: process.pid,
      rootUri: fileUri(root),
      workspaceFolders: [{ uri: fileUri(root), name: 'claims' }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: {
          publishDiagnostics: {},
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: false } },
        },
      },
    });
    expect(initialized.capabilities.hoverProvider).toBeTruthy();
    expect(initialized.capabilities.completionProvider).toBeTruthy();
    client.notify('initialized', {});
    client.notify('workspace/didChangeConfiguration', { settings });
    // The server pulls the settings (workspace/configuration) and loads the schema in its own time: each test
    // starts once a record in claims/ has been checked against it.
    const probe = open('claims/probe.yaml', STORY.replace('kind: Story', 'kind: Stroy'));
    await client.waitForDiagnostics(probe, (found) => found.length > 0);
  }, TIMEOUT_MS * 2);

  afterAll(async () => {
    await client?.stop();
  }, TIMEOUT_MS * 2);

  it(
    'reports the bad status in the third record of a file, on its line, and nothing in the other two',
    async () => {
      const uri = open('claims/demo/claims.yaml', MIXED);
      const diagnostics = await client.waitForDiagnostics(uri, (found) => found.length > 0);
      const line = lineOf(MIXED, 'status:');
      expect(summary(diagnostics)).toEqual([
        `${line}:8 Value is not accepted. Valid values: ${claimSchema.properties.status!.enum!.map((value) => JSON.stringify(value)).join(', ')}.`,
      ]);
    },
    TIMEOUT_MS * 2,
  );

  it(
    'completes a status value in the third record with the statuses the schema allows',
    async () => {
      const uri = open('claims/demo/complete.yaml', MIXED.replace('status: done', 'status: '));
      const completion = await client.request<{ items: { label: string }[] } | { label: string }[] | null>('textDocument/completion', {
        textDocument: { uri },
        position: { line: lineOf(MIXED, 'status:'), character: 'status: '.length },
      });
      const items = Array.isArray(completion) ? completion : (completion?.items ?? []);
      expect(items.map((item) => item.label).sort()).toEqual([...claimSchema.properties.status!.enum!].sort());
    },
    TIMEOUT_MS * 2,
  );

  it(
    "shows a key's description on hover, from the schema of that record's kind",
    async () => {
      const uri = open('claims/demo/hover.yaml', MIXED);
      const hover = async (line: number) =>
        hoverText(await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 1 } }));
      // `type` means one thing in a Source and another in a Claim.
      const sourceType = await hover(lineOf(MIXED, 'type:'));
      expect(sourceType).toContain(sourceSchema.properties.type!.description);
      const claimStart = lineOf(MIXED, 'kind: Claim');
      expect(await hover(lineOf(MIXED, 'type:', claimStart))).toContain(claimSchema.properties.type!.description);
      expect(await hover(lineOf(MIXED, 'statement:'))).toContain(claimSchema.properties.statement!.description);
    },
    TIMEOUT_MS * 2,
  );

  it(
    'gives a record of an unknown kind one diagnostic that names the kinds, not one per kind it might have been',
    async () => {
      const text = [STORY, CLAIM.replace('kind: Claim', 'kind: Clam')].join('---\n');
      const uri = open('claims/demo/unknown-kind.yaml', text);
      const diagnostics = await client.waitForDiagnostics(uri, (found) => found.length > 0);
      expect(summary(diagnostics)).toEqual([
        `${lineOf(text, 'kind: Clam')}:6 Value is not accepted. Valid values: "Story", "Source", "Claim", "Evidence".`,
      ]);
    },
    TIMEOUT_MS * 2,
  );

  it(
    'applies a modeline to the document it heads: one per document checks every record, one at the top only the first (#946)',
    async () => {
      // Outside claims/, so only the modelines choose a schema.
      const each = [STORY, SOURCE, CLAIM].map((record) => MODELINE + record).join('---\n');
      const eachUri = open('drafts/each.yaml', each);
      const found = await client.waitForDiagnostics(eachUri, (diagnostics) => diagnostics.length > 0);
      expect(summary(found)).toEqual([expect.stringMatching(new RegExp(`^${lineOf(each, 'status:')}:8 Value is not accepted`))]);

      // The first record has an error too, so the diagnostics awaited are those with the schema applied.
      const once = MODELINE + [STORY.replace('title:', 'titel:'), SOURCE, CLAIM].join('---\n');
      const onceUri = open('drafts/once.yaml', once);
      const onlyFirst = await client.waitForDiagnostics(onceUri, (diagnostics) => diagnostics.length > 0);
      expect(summary(onlyFirst)).toEqual([
        expect.stringMatching(new RegExp(`^${lineOf(once, 'apiVersion:')}:0 Missing property "title"`)),
        expect.stringMatching(new RegExp(`^${lineOf(once, 'titel:')}:0 Property titel is not allowed`)),
      ]);
    },
    TIMEOUT_MS * 2,
  );
});
