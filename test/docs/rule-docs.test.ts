import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/catalogue.js';
import type { Rule } from '../../src/check/rule.js';
import type { Severity } from '../../src/model/diagnostic.js';
import { parseJsonReport, runClaims } from '../support/cli.js';
import { makeRepo } from '../support/repo.js';
import { readRulePage, rulePagePath, rulesDocsDir, type Example, type ExpectedDiagnostic, type RulePage } from './rule-page.js';

const SECTIONS = ['What it catches', 'Why it matters to a fact-checker', 'How to fix', 'Passing example'];

const pages = new Map<string, RulePage>();
/** Each page is parsed once; a page that is missing or malformed fails every test that needs it. */
function pageOf(rule: Rule): RulePage {
  let page = pages.get(rule.id);
  if (!page) {
    page = readRulePage(rule.id);
    pages.set(rule.id, page);
  }
  return page;
}

/** Builds the example into a throw-away repository and runs `claims verify --format json` in it. */
async function verifyExample(example: Example) {
  const repo = makeRepo({ files: example.files });
  const result = await runClaims(['verify', '--format', 'json'], { cwd: repo });
  // 0 or 1 only: a usage error (2) or an internal error (3) means the example itself is broken.
  expect([0, 1], `verify exited ${result.code}: ${result.stderr}`).toContain(result.code);
  return { code: result.code, report: parseJsonReport(result.stdout) };
}

/** A diagnostic as a failing example's Expected list writes it. */
const described = (diagnostic: ExpectedDiagnostic) =>
  `${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.ruleId} ${diagnostic.severity} ${diagnostic.messageId}: ${diagnostic.message}`;

/** What verify reports of the rule in a failing example, and what the page says it reports. */
async function actualAndExpected(rule: Rule, example: Example) {
  const { report } = await verifyExample(example);
  const actual = report.diagnostics.filter((diagnostic) => diagnostic.ruleId === rule.id && !diagnostic.suppression).map(described);
  return { actual: actual.sort(), expected: example.expected.map(described).sort() };
}

/** Whether every failing example of the rule still reports exactly what its page says. */
async function examplesHold(rule: Rule, examples: readonly Example[]): Promise<boolean> {
  for (const example of examples) {
    const { actual, expected } = await actualAndExpected(rule, example);
    if (JSON.stringify(actual) !== JSON.stringify(expected)) return false;
  }
  return true;
}

/** Runs `body` with one field of a catalogue rule changed, as a careless edit would; the rule is restored after. */
async function withRuleChanged<T>(rule: Rule, change: Partial<Pick<Rule, 'severity' | 'messages'>>, body: () => Promise<T>): Promise<T> {
  const mutable = rule as { -readonly [K in keyof Rule]: Rule[K] };
  const saved = { severity: rule.severity, messages: rule.messages };
  Object.assign(mutable, change);
  try {
    return await body();
  } finally {
    Object.assign(mutable, saved);
  }
}

describe('docs/rules', () => {
  it('has one page per rule in the catalogue, named as ruleDocsUrl links to, and no other page', () => {
    const onDisk = readdirSync(rulesDocsDir)
      .filter((name) => name.endsWith('.md') && name !== 'README.md')
      .sort();
    const expected = RULES.map((rule) => path.basename(rulePagePath(rule.id))).sort();
    expect(onDisk).toEqual(expected);
  });
});

for (const rule of RULES) {
  describe(`docs/rules page for ${rule.id}`, () => {
    it('has the rule as its title, its default severity and stage as declared in code, and every section', () => {
      const page = pageOf(rule);
      expect(page.title).toBe(rule.id);
      expect(page.severity).toBe(rule.severity);
      expect(page.runsIn).toEqual(rule.stage === 'validate' ? ['validate', 'verify'] : ['verify']);
      expect(page.sections.filter((section) => !section.startsWith('Failing example'))).toEqual(SECTIONS);
      expect(page.sections.filter((section) => section.startsWith('Failing example'))).toEqual([
        page.failing.length > 1 ? 'Failing examples' : 'Failing example',
      ]);
    });

    it('failing examples: verify reports exactly the Expected diagnostics of this rule, with severity, messageId and message', async () => {
      expect.hasAssertions();
      for (const example of pageOf(rule).failing) {
        for (const expected of example.expected) expect(expected.ruleId, 'an Expected item names another rule').toBe(rule.id);
        const { actual, expected } = await actualAndExpected(rule, example);
        expect(actual, example.title).toEqual(expected);
      }
    });

    it('failing examples: together they give every message the rule has', () => {
      const given = new Set(pageOf(rule).failing.flatMap((example) => example.expected.map((expected) => expected.messageId)));
      expect([...given].sort()).toEqual(Object.keys(rule.messages).sort());
    });

    it('passing example: verify reports nothing of this rule and no error', async () => {
      const { passing } = pageOf(rule);
      const { code, report } = await verifyExample(passing);
      expect(report.diagnostics.filter((diagnostic) => diagnostic.ruleId === rule.id).map(described)).toEqual([]);
      expect(report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map(described)).toEqual([]);
      expect(report.summary.errors).toBe(0);
      expect(code).toBe(0);
    });

    // The examples are the rule's tests: a change to its severity or to any message must break one.
    it('bites: a different default severity fails the examples', async () => {
      const other: Severity = rule.severity === 'error' ? 'warning' : 'error';
      const hold = await withRuleChanged(rule, { severity: other }, () => examplesHold(rule, pageOf(rule).failing));
      expect(hold, `changing ${rule.id}'s severity to ${other} went unnoticed`).toBe(false);
    });

    it('bites: a changed message fails the examples, for each message', async () => {
      expect.hasAssertions();
      for (const messageId of Object.keys(rule.messages)) {
        const examples = pageOf(rule).failing.filter((example) => example.expected.some((expected) => expected.messageId === messageId));
        const messages = { ...rule.messages, [messageId]: `${(rule.messages as Record<string, string>)[messageId]} (reworded)` };
        const hold = await withRuleChanged(rule, { messages }, () => examplesHold(rule, examples));
        expect(hold, `rewording ${rule.id}'s "${messageId}" went unnoticed`).toBe(false);
      }
    });
  });
}
