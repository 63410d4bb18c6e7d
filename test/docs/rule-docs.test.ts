import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/catalogue.js';
import type { Rule } from '../../src/check/rule.js';
import { parseJsonReport, runInProcess } from '../support/cli.js';
import { makeRepo } from '../support/repo.js';
import { readRulePage, rulePagePath, rulesDocsDir, type Example, type RulePage } from './rule-page.js';

const SECTIONS = ['What it catches', 'Why it matters to a fact-checker', 'How to fix', 'Failing example', 'Passing example'];

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
  const result = await runInProcess(['verify', '--format', 'json'], { cwd: repo });
  // 0 or 1 only: a usage error (2) or an internal error (3) means the example itself is broken.
  expect([0, 1], `verify exited ${result.code}: ${result.stderr}`).toContain(result.code);
  return { code: result.code, report: parseJsonReport(result.stdout) };
}

const place = (diagnostic: { file: string; line: number; column: number }) => `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;

describe('docs/rules', () => {
  it('has one page per rule in the catalogue, named as ruleDocsUrl links to, and no other page', () => {
    const onDisk = readdirSync(rulesDocsDir)
      .filter((name) => name.endsWith('.md') && name !== 'README.md')
      .sort();
    const expected = RULES.map((rule) => path.basename(rulePagePath(rule.id))).sort();
    expect(onDisk).toEqual(expected);
  });

  it('lists every rule with its default severity and stage in the index (README.md)', () => {
    const index = readFileSync(path.join(rulesDocsDir, 'README.md'), 'utf8');
    for (const rule of RULES) {
      const page = path.basename(rulePagePath(rule.id));
      const stage = rule.stage === 'validate' ? 'validate, verify' : 'verify';
      expect(index, rule.id).toContain(`| [\`${rule.id}\`](${page}) | ${rule.severity} | ${stage} |`);
    }
  });
});

for (const rule of RULES) {
  describe(`docs/rules page for ${rule.id}`, () => {
    it('has the rule as its title, its default severity and stage as declared in code, and every section', () => {
      const page = pageOf(rule);
      expect(page.title).toBe(rule.id);
      expect(page.severity).toBe(rule.severity);
      expect(page.runsIn).toEqual(rule.stage === 'validate' ? ['validate', 'verify'] : ['verify']);
      expect(page.sections).toEqual(SECTIONS);
    });

    it('failing example: verify reports exactly the Expected diagnostics of this rule', async () => {
      const { failing } = pageOf(rule);
      for (const expected of failing.expected) expect(expected.ruleId, 'an Expected item names another rule').toBe(rule.id);
      const { report } = await verifyExample(failing);
      const actual = report.diagnostics.filter((diagnostic) => diagnostic.ruleId === rule.id && !diagnostic.suppression).map(place).sort();
      expect(actual).toEqual(failing.expected.map(place).sort());
    });

    it('passing example: verify reports nothing of this rule and no error', async () => {
      const { passing } = pageOf(rule);
      const { code, report } = await verifyExample(passing);
      expect(report.diagnostics.filter((diagnostic) => diagnostic.ruleId === rule.id).map((diagnostic) => `${place(diagnostic)} ${diagnostic.message}`)).toEqual([]);
      expect(report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => `${place(diagnostic)} ${diagnostic.ruleId}: ${diagnostic.message}`)).toEqual([]);
      expect(report.summary.errors).toBe(0);
      expect(code).toBe(0);
    });
  });
}
