/**
 * Reads a rule's documentation page (docs/rules/<id>.md) into what the doc tests check: its title, the
 * severity and stage it declares, its sections, and its executable examples.
 *
 * An example is every fenced code block of its section whose info string names a file of a throw-away
 * repository: ```yaml file=claims/demo/claims.yaml```. The file holds the block's lines, each ending in
 * "\n"; with `encoding=base64` it holds the bytes the block's text decodes to. A failing example ends
 * with an `Expected:` list, one line per diagnostic of the page's rule:
 *   - `file:line:column` rule/id severity `messageId`: message
 * A page has one "Failing example" section, or a "Failing examples" section holding several, each under
 * a `### ` heading; and one "Passing example".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const rulesDocsDir = fileURLToPath(new URL('../../docs/rules/', import.meta.url));

/** The page a rule id links to (`ruleDocsUrl`): "/" becomes "-". */
export function rulePagePath(ruleId: string): string {
  return path.join(rulesDocsDir, `${ruleId.replace('/', '-')}.md`);
}

export interface ExpectedDiagnostic {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  severity: string;
  messageId: string;
  message: string;
}

export interface Example {
  /** The `### ` heading of one of several failing examples. */
  title?: string;
  files: Record<string, string | Uint8Array>;
  /** Only in the failing example. */
  expected: ExpectedDiagnostic[];
}

export interface RulePage {
  /** The rule id in the `# \`id\`` title. */
  title: string | undefined;
  /** From the `**Default severity:** \`…\`` line. */
  severity: string | undefined;
  /** From the `**Runs in:**` line: the commands named in backticks. */
  runsIn: string[];
  /** Every `## ` heading, in order. */
  sections: string[];
  failing: Example[];
  passing: Example;
}

export function readRulePage(ruleId: string): RulePage {
  return parseRulePage(readFileSync(rulePagePath(ruleId), 'utf8'));
}

export function parseRulePage(markdown: string): RulePage {
  const lines = markdown.split(/\r?\n/);
  const title = /^# `([^`]+)`\s*$/.exec(lines.find((line) => line.startsWith('# ')) ?? '')?.[1];
  const severity = /^\*\*Default severity:\*\* `([a-z]+)`/m.exec(markdown)?.[1];
  const runsInLine = lines.find((line) => line.includes('**Runs in:**')) ?? '';
  const runsIn = [...runsInLine.slice(runsInLine.indexOf('**Runs in:**')).matchAll(/`claims (validate|verify)`/g)].map((match) => match[1]!);
  const sections = lines.filter((line) => line.startsWith('## ')).map((line) => line.slice(3).trim());
  return {
    title,
    severity,
    runsIn,
    sections,
    failing: failingExamples(lines),
    passing: parseExample(sectionLines(lines, 'Passing example'), false),
  };
}

/** The one failing example, or each `### ` part of the "Failing examples" section. */
function failingExamples(lines: readonly string[]): Example[] {
  if (!lines.some((line) => line.trim() === '## Failing examples')) return [parseExample(sectionLines(lines, 'Failing example'), true)];
  const parts: { title: string; lines: string[] }[] = [];
  let fence: string | undefined;
  for (const line of sectionLines(lines, 'Failing examples')) {
    if (fence === undefined && line.startsWith('### ')) {
      parts.push({ title: line.slice(4).trim(), lines: [] });
      continue;
    }
    if (fence === undefined) fence = /^(`{3,}|~{3,})/.exec(line)?.[1];
    else if (isClosingFence(line, fence)) fence = undefined;
    parts.at(-1)?.lines.push(line);
  }
  if (parts.length < 2) throw new Error('a "Failing examples" section holds two or more "### " examples');
  return parts.map((part) => ({ ...parseExample(part.lines, true), title: part.title }));
}

/** The lines under a `## ` heading, up to the next `## ` heading outside a code block. */
function sectionLines(lines: readonly string[], heading: string): string[] {
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start === -1) throw new Error(`no "## ${heading}" section`);
  const section: string[] = [];
  let fence: string | undefined;
  for (const line of lines.slice(start + 1)) {
    if (fence === undefined && line.startsWith('## ')) break;
    if (fence === undefined) fence = /^(`{3,}|~{3,})/.exec(line)?.[1];
    else if (isClosingFence(line, fence)) fence = undefined;
    section.push(line);
  }
  return section;
}

function parseExample(lines: readonly string[], failing: boolean): Example {
  const files: Record<string, string | Uint8Array> = {};
  const expected: ExpectedDiagnostic[] = [];
  let inExpected = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const open = /^(`{3,}|~{3,})(.*)$/.exec(line);
    if (open) {
      const fence = open[1]!;
      const info = parseInfo(open[2]!.trim());
      const body: string[] = [];
      for (i++; i < lines.length && !isClosingFence(lines[i]!, fence); i++) body.push(lines[i]!);
      if (i >= lines.length) throw new Error(`unclosed code block ${JSON.stringify(line)}`);
      const file = info.attributes.file;
      if (file === undefined) throw new Error(`code block ${JSON.stringify(line)} in an example names no file=`);
      if (file in files) throw new Error(`file ${file} appears twice in one example`);
      files[file] = fileContent(body, info.attributes.encoding);
      inExpected = false;
      continue;
    }
    if (line.trim() === 'Expected:') {
      if (!failing) throw new Error('a passing example has no Expected list');
      inExpected = true;
      continue;
    }
    if (inExpected) {
      if (line.trim() === '') continue;
      const item = /^- `([^`:]+):(\d+):(\d+)` (\S+) (error|warning|info) `(\w+)`: (.*)$/.exec(line);
      if (!item) throw new Error(`not an Expected item (- \`file:line:column\` rule/id severity \`messageId\`: message): ${JSON.stringify(line)}`);
      expected.push({
        file: item[1]!,
        line: Number(item[2]),
        column: Number(item[3]),
        ruleId: item[4]!,
        severity: item[5]!,
        messageId: item[6]!,
        message: item[7]!,
      });
    }
  }
  if (Object.keys(files).length === 0) throw new Error(`the ${failing ? 'failing' : 'passing'} example has no files`);
  if (failing && expected.length === 0) throw new Error('the failing example has no Expected list');
  return { files, expected };
}

function isClosingFence(line: string, fence: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= fence.length && trimmed === fence.charAt(0).repeat(trimmed.length);
}

function parseInfo(info: string): { language: string | undefined; attributes: Record<string, string> } {
  const [language, ...rest] = info.split(/\s+/).filter((token) => token.length > 0);
  const attributes: Record<string, string> = {};
  for (const token of rest) {
    const match = /^([a-z]+)=(.+)$/.exec(token);
    if (!match) throw new Error(`code block attribute ${JSON.stringify(token)} is not key=value`);
    attributes[match[1]!] = match[2]!;
  }
  return { language, attributes };
}

function fileContent(body: readonly string[], encoding: string | undefined): string | Uint8Array {
  if (encoding === undefined) return body.map((line) => `${line}\n`).join('');
  if (encoding !== 'base64') throw new Error(`unknown encoding=${encoding}`);
  const text = body.join('').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new Error('encoding=base64 block is not base64');
  return new Uint8Array(Buffer.from(text, 'base64'));
}
