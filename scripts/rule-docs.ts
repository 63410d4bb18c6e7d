// The parts of docs/rules/ generated from the rule catalogue: each page's header (title, severity,
// stage, summary, messages, what it reads) and the index table in docs/rules/README.md; and, the other way
// round, the SARIF rule help generated from the pages' hand-written sections
// (src/render/diagnostics/rule-help.generated.ts: renderers read no files, so the help is compiled in).
// `npm run gen:docs` writes them; test/docs/generated-docs.test.ts fails when one has drifted.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../src/check/catalogue.js';
import type { Rule } from '../src/check/rule.js';
import { rulePageName } from '../src/model/package.js';

export const rulesDocsDir = fileURLToPath(new URL('../docs/rules/', import.meta.url));
export const ruleHelpModulePath = fileURLToPath(new URL('../src/render/diagnostics/rule-help.generated.ts', import.meta.url));

/** The hand-written sections of a rule page that go into its SARIF help, in this order, under these keys. */
export const HELP_SECTIONS = [
  { key: 'catches', heading: 'What it catches' },
  { key: 'matters', heading: 'Why it matters to a fact-checker' },
  { key: 'fix', heading: 'How to fix' },
] as const;

const INDEX_START = '<!-- rule-index: generated from src/check/catalogue.ts by `npm run gen:docs` -->';
const INDEX_END = '<!-- end of rule-index -->';

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
    `**Reads:** ${reads.length > 0 ? reads.join('; ') : 'no record fields'}${files.length > 0 ? `; files: ${files.map(code).join(', ')}` : ''}${rule.reads.clock ? "; today's date" : ''}`,
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

/** A rule's help, one entry per HELP_SECTIONS key, as GitHub-flavoured Markdown and as plain text. */
export type RuleHelpSections = Record<(typeof HELP_SECTIONS)[number]['key'], { markdown: string; text: string }>;

/**
 * The sections of a rule page that explain the rule (not its examples), with every relative link made
 * absolute against the page's own URL, since the help is shown far from docs/rules/ (a code-scanning alert).
 */
export function ruleHelpSections(page: string, rule: Rule): RuleHelpSections {
  const sections = new Map<string, string>();
  for (const match of page.matchAll(/^## (.+)\n([\s\S]*?)(?=^## |(?![\s\S]))/gm)) sections.set(match[1]!.trim(), match[2]!.trim());
  const entries = HELP_SECTIONS.map(({ key, heading }) => {
    const body = sections.get(heading);
    if (!body) throw new Error(`${rulePageName(rule.id)} has no "## ${heading}" section, which its SARIF help needs`);
    const markdown = absoluteLinks(unwrap(body), rule.docsUrl);
    return [key, { markdown, text: plainText(markdown) }] as const;
  });
  return Object.fromEntries(entries) as RuleHelpSections;
}

/**
 * Joins the lines of each paragraph and list item, which the pages wrap at 110 columns, so a viewer wraps
 * them to its own width; fenced code, table rows and headings keep their lines.
 */
export function unwrap(markdown: string): string {
  const lines: string[] = [];
  let fenced = false;
  let joinable = false;
  for (const line of markdown.split('\n')) {
    const fence = /^\s*(```|~~~)/.test(line);
    if (fence) fenced = !fenced;
    const block = fence || fenced || line.trim() === '' || /^\s*([-*+]|\d+\.)\s|^\s*[|#>]/.test(line);
    if (joinable && !block) lines[lines.length - 1] += ` ${line.trim()}`;
    else lines.push(line);
    joinable = !fence && !fenced && line.trim() !== '' && !/^\s*[|#]/.test(line);
  }
  return lines.join('\n');
}

/** Inline links `[label](target)` with a relative target, resolved against `base`. */
function absoluteLinks(markdown: string, base: string): string {
  return markdown.replace(/\]\(([^)\s]+)\)/g, (whole, target: string) =>
    /^[a-z][a-z0-9+.-]*:/i.test(target) ? whole : `](${new URL(target, base).href})`,
  );
}

/**
 * Markdown as plain text for viewers that do not render it: links become `label (URL)`, emphasis marks
 * and backslash escapes go, fenced code is indented; code spans, lists and tables stay as they read.
 */
export function plainText(markdown: string): string {
  let fenced = false;
  const lines = markdown.split('\n').flatMap((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return [];
    }
    if (fenced) return [`    ${line}`];
    // Code spans are kept as written; only the text between them is unmarked.
    return [
      line
        .replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, '$1 ($2)')
        .split(/(`+[^`]*`+)/)
        .map((part, index) =>
          index % 2 === 1
            ? part
            : part
                .replace(/\*\*([^*]+)\*\*/g, '$1')
                .replace(/(^|[^\w*])\*([^*\s][^*]*)\*(?![\w*])/g, '$1$2')
                .replace(/\\([!-/:-@[-`{-~])/g, '$1'),
        )
        .join(''),
    ];
  });
  return lines.join('\n');
}

/** The generated module: every rule's help sections, keyed by rule id, in catalogue order. */
export function ruleHelpModule(helpById: ReadonlyMap<string, RuleHelpSections>): string {
  const entries = [...helpById].map(([id, help]) => `  ${JSON.stringify(id)}: ${JSON.stringify(help, null, 2).replace(/\n/g, '\n  ')},`);
  return [
    '// Generated from the hand-written sections of docs/rules/*.md by `npm run gen:docs` (scripts/rule-docs.ts). Do not edit.',
    "// The SARIF formatter's rule help: renderers read no files, so the pages' text is compiled in.",
    '',
    "import type { RuleId } from '../../check/catalogue.js';",
    '',
    'export interface RuleHelpText {',
    '  /** GitHub-flavoured Markdown, every link absolute. */',
    '  markdown: string;',
    '  /** The same as plain text. */',
    '  text: string;',
    '}',
    '',
    `/** ${HELP_SECTIONS.map(({ key, heading }) => `\`${key}\`: "${heading}"`).join(', ')}. */`,
    `export type RuleHelp = Readonly<Record<${HELP_SECTIONS.map(({ key }) => `'${key}'`).join(' | ')}, RuleHelpText>>;`,
    '',
    'export const RULE_HELP: Readonly<Record<RuleId, RuleHelp>> = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}

/** Every generated file, with the text it should have now. */
export function generatedDocs(): { file: string; path: string; expected: string; actual: string }[] {
  const read = (name: string) => readFileSync(path.join(rulesDocsDir, name), 'utf8');
  const help = new Map<string, RuleHelpSections>();
  const pages = RULES.map((rule) => {
    const actual = read(rulePageName(rule.id));
    help.set(rule.id, ruleHelpSections(actual, rule));
    return {
      file: rulePageName(rule.id),
      path: path.join(rulesDocsDir, rulePageName(rule.id)),
      actual,
      expected: withGeneratedHeader(actual, rule),
    };
  });
  const index = read('README.md');
  let helpModule = '';
  try {
    helpModule = readFileSync(ruleHelpModulePath, 'utf8');
  } catch {
    // Not generated yet: the drift test reports it, `npm run gen:docs` writes it.
  }
  return [
    ...pages,
    { file: 'README.md', path: path.join(rulesDocsDir, 'README.md'), actual: index, expected: withGeneratedIndex(index, RULES) },
    { file: 'src/render/diagnostics/rule-help.generated.ts', path: ruleHelpModulePath, actual: helpModule, expected: ruleHelpModule(help) },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { path: target, expected, actual } of generatedDocs()) {
    if (expected !== actual) writeFileSync(target, expected);
  }
}
