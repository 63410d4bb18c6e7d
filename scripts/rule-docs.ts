// The parts of docs/rules/ generated from the rule catalogue: each page's header (title, severity,
// stage, summary, messages, what it reads) and the index table in docs/rules/README.md.
// `npm run gen:docs` writes them; test/docs/generated-docs.test.ts fails when a page has drifted.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../src/check/catalogue.js';
import type { Rule } from '../src/check/rule.js';

export const rulesDocsDir = fileURLToPath(new URL('../docs/rules/', import.meta.url));

const INDEX_START = '<!-- rule-index: generated from src/check/catalogue.ts by `npm run gen:docs` -->';
const INDEX_END = '<!-- end of rule-index -->';

export function rulePageName(ruleId: string): string {
  return `${ruleId.replace('/', '-')}.md`;
}

/** Inline code that survives backticks in the text. */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function runsIn(rule: Rule): string {
  return rule.stage === 'validate' ? '`claims validate` and `claims verify`' : '`claims verify` only';
}

/** Everything above a page's first `## ` section. */
export function ruleHeader(rule: Rule): string {
  const status = rule.configurable ? '' : ' · cannot be turned off, re-graded or suppressed';
  const reads = Object.entries(rule.reads.records)
    .filter(([, fields]) => fields.length > 0)
    .map(([kind, fields]) => `${kind} ${fields.map(code).join(', ')}`);
  const files = rule.reads.files ?? [];
  const lines = [
    `# \`${rule.id}\``,
    '',
    `**Default severity:** \`${rule.severity}\` · **Runs in:** ${runsIn(rule)}${status}`,
    '',
    rule.summary,
    '',
    '**Messages**, by id:',
    '',
    ...Object.entries(rule.messages).map(([id, template]) => `- \`${id}\`: ${code(template)}`),
    '',
    `**Reads:** ${reads.length > 0 ? reads.join('; ') : 'no record fields'}${files.length > 0 ? `; files: ${files.map(code).join(', ')}` : ''}`,
    '',
    "<!-- Generated above this line from the rule's file by `npm run gen:docs`; the sections below are written by hand. -->",
    '',
  ];
  return lines.join('\n');
}

/** The page with its header replaced by the generated one. */
export function withGeneratedHeader(page: string, rule: Rule): string {
  const firstSection = page.search(/^## /m);
  if (firstSection === -1) throw new Error(`${rulePageName(rule.id)} has no "## " section`);
  return `${ruleHeader(rule)}\n${page.slice(firstSection)}`;
}

export function ruleIndex(rules: readonly Rule[]): string {
  const rows = rules.map(
    (rule) =>
      `| [\`${rule.id}\`](${rulePageName(rule.id)}) | ${rule.severity} | ${rule.stage === 'validate' ? 'validate, verify' : 'verify'} | ${rule.configurable ? 'yes' : 'no'} | ${rule.summary} |`,
  );
  return [
    INDEX_START,
    '',
    '| rule | default severity | runs in | configurable | what it catches |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    INDEX_END,
  ].join('\n');
}

/** The index page with its table replaced by the generated one. */
export function withGeneratedIndex(page: string, rules: readonly Rule[]): string {
  const start = page.indexOf(INDEX_START);
  const end = page.indexOf(INDEX_END);
  if (start === -1 || end === -1) throw new Error(`docs/rules/README.md lacks the markers ${INDEX_START} … ${INDEX_END}`);
  return page.slice(0, start) + ruleIndex(rules) + page.slice(end + INDEX_END.length);
}

/** Every generated file, with the text it should have now. */
export function generatedDocs(): { file: string; expected: string; actual: string }[] {
  const read = (name: string) => readFileSync(path.join(rulesDocsDir, name), 'utf8');
  const pages = RULES.map((rule) => {
    const actual = read(rulePageName(rule.id));
    return { file: rulePageName(rule.id), actual, expected: withGeneratedHeader(actual, rule) };
  });
  const index = read('README.md');
  return [...pages, { file: 'README.md', actual: index, expected: withGeneratedIndex(index, RULES) }];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { file, expected, actual } of generatedDocs()) {
    if (expected !== actual) writeFileSync(path.join(rulesDocsDir, file), expected);
  }
}
