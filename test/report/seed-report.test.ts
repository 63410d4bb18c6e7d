import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlText } from '../../src/render/encode/html.js';
import { markdownCode, markdownText } from '../../src/render/encode/markdown.js';
import { runClaims } from '../support/cli.js';
import { makeRepo, projectRoot } from '../support/repo.js';
import { parseCsv } from './csv-parse.js';

// The repository's own first story (claims/, copied into a temp repository) reported in every format:
// open questions first, with both ends of every unresolved contradiction; the rationale of every claim;
// the sources table; the grade legend. Structure and presence, not the wording of every line.

interface JsonQuestion {
  kind: string;
  ruleId: string;
  text: string;
  claims: string[];
  sources: string[];
}
interface JsonStory {
  openQuestions: JsonQuestion[];
  claims: { id: string; rationale: string; review: unknown; findings: { ruleId: string; message: string }[] }[];
  sources: {
    id: string;
    type: string | null;
    anonymous: boolean;
    anonymityReason: string | null;
    claims: number;
    findings: { ruleId: string }[];
  }[];
  summary: { sources: { namedPeople: number; anonymousPeople: number; others: Record<string, number> } };
}

let root: string;
let story: JsonStory;
const outputs: Record<string, string> = {};

async function report(...args: string[]): Promise<string> {
  const result = await runClaims(['report', ...args], { cwd: root });
  expect(result.code).toBe(0);
  return result.stdout;
}

beforeAll(async () => {
  root = makeRepo();
  cpSync(path.join(projectRoot, 'claims'), path.join(root, 'claims'), { recursive: true });
  if (existsSync(path.join(projectRoot, 'claims.config.yaml')))
    cpSync(path.join(projectRoot, 'claims.config.yaml'), path.join(root, 'claims.config.yaml'));
  for (const format of ['json', 'markdown', 'html', 'csv', 'table']) outputs[format] = await report('--format', format);
  outputs['sources.csv'] = await report('--format', 'csv', '--table', 'sources');
  outputs['questions.csv'] = await report('--format', 'csv', '--table', 'questions');
  outputs['graph.md'] = await report('--format', 'markdown', '--graph');
  story = (JSON.parse(outputs.json!) as { stories: JsonStory[] }).stories[0]!;
}, 120_000);

const contradictions = () => story.openQuestions.filter((question) => question.kind === 'contradiction');

/** The part of `text` from `start` up to `end` (both searched for in order). */
function section(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  expect(from).toBeGreaterThanOrEqual(0);
  const to = text.indexOf(end, from + start.length);
  expect(to).toBeGreaterThan(from);
  return text.slice(from, to);
}

describe("the seed story's report", () => {
  it('JSON: open questions name both ends of every unresolved contradiction, once per pair', () => {
    const ends = story.claims.filter((claim) => claim.findings.some((finding) => finding.ruleId === 'contradiction/unresolved'));
    expect(ends.length).toBeGreaterThan(1);
    for (const claim of ends) expect(contradictions().some((question) => question.claims.includes(claim.id))).toBe(true);
    const pairs = contradictions().map((question) => `${question.ruleId} ${[...question.claims].sort().join(' ')}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const question of contradictions()) {
      expect(question.claims).toHaveLength(2);
      for (const id of question.claims) {
        const claim = story.claims.find((entry) => entry.id === id)!;
        expect(claim.findings.some((finding) => finding.ruleId === question.ruleId)).toBe(true);
      }
    }
  });

  it('JSON: the other kinds of open question, the sources and the people counted as people', () => {
    const kinds = story.openQuestions.map((question) => question.kind);
    expect(kinds).toEqual(expect.arrayContaining(['contradiction', 'single-origin', 'reply', 'anonymous-without-reason']));
    // In the report's order: contradictions first, anonymous sources last.
    expect(kinds.indexOf('contradiction')).toBe(0);
    expect(kinds.lastIndexOf('contradiction')).toBeLessThan(kinds.indexOf('single-origin'));
    const singleOrigin = story.openQuestions.find((question) => question.kind === 'single-origin')!;
    expect(singleOrigin.text).toMatch(new RegExp(`^${singleOrigin.claims.length} claims? rests? only on `));
    expect(singleOrigin.sources).toHaveLength(1);
    for (const source of story.sources.filter((entry) => entry.anonymous && entry.anonymityReason === null)) {
      expect(source.findings.map((finding) => finding.ruleId)).toContain('source/anonymous-without-reason');
      expect(
        story.openQuestions.some((question) => question.kind === 'anonymous-without-reason' && question.sources.includes(source.id)),
      ).toBe(true);
    }
    for (const source of story.sources) expect(source.claims).toBeGreaterThan(0);
    expect(story.claims.every((claim) => claim.rationale.length > 0)).toBe(true);
    const people = story.sources.filter((source) => source.type === 'person');
    expect(story.summary.sources.namedPeople + story.summary.sources.anonymousPeople).toBe(people.length);
    expect(story.summary.sources.others.recording).toBe(story.sources.filter((source) => source.type === 'recording').length);
  });

  it('Markdown: open questions first with links to the claim rows, then claims with rationale, grades explained, sources, summary; no graph unless asked', () => {
    const markdown = outputs.markdown!;
    const order = ['### Open questions', '### Claims', '#### Grades', '### Sources', '### Summary'].map((heading) =>
      markdown.indexOf(heading),
    );
    expect(order.every((at, index) => at > 0 && (index === 0 || at > order[index - 1]!))).toBe(true);
    const questions = section(markdown, '### Open questions', '### Claims');
    for (const question of contradictions())
      for (const id of question.claims) {
        expect(questions).toContain(`[${markdownCode(id)}](#claim-${id})`);
        expect(markdown).toContain(`<a id="claim-${id}"></a>`);
      }
    const claims = section(markdown, '### Claims', '#### Grades');
    for (const claim of story.claims) expect(claims).toContain(markdownText(claim.rationale));
    const sources = section(markdown, '### Sources', '### Summary');
    for (const source of story.sources) expect(sources).toContain(`| ${markdownCode(source.id)}<br>`);
    expect(sources).toContain('no reason given');
    expect(section(markdown, '#### Grades', '### Sources')).toContain('F = reliability cannot be judged');
    expect(markdown).not.toContain('```mermaid');
    expect(outputs['graph.md']).toContain('### Provenance graph');
    expect(outputs['graph.md']).toContain('```mermaid');
  });

  it('HTML: open questions link to both ends, the claims carry the rationale, the sources table and the legend are there', () => {
    const html = outputs.html!;
    const questions = section(html, '<section class="open-questions"', '</section>');
    for (const question of contradictions())
      for (const id of question.claims) {
        expect(questions).toContain(`href="#claim-${id}" data-claims="${question.claims.join(' ')}"`);
        expect(html).toContain(`<tr id="claim-${id}"`);
      }
    for (const claim of story.claims) expect(html).toContain(htmlText(claim.rationale));
    const sources = section(html, '<table class="sources">', '</table>');
    for (const source of story.sources) expect(sources).toContain(`<tr id="source-${source.id}"`);
    expect(html).toContain('class="grade-legend"');
    expect(html.indexOf('class="open-questions"')).toBeLessThan(html.indexOf('<table class="claims">'));
    expect(html.indexOf('<table class="claims">')).toBeLessThan(html.indexOf('<table class="sources">'));
  });

  it('CSV: the claims table with rationale and review, the sources table and the questions table (--table)', () => {
    const claims = parseCsv(outputs.csv!);
    const header = claims[0]!;
    for (const column of ['rationale', 'review_by', 'review_date', 'review_note', 'findings', 'reliability_label', 'credibility_label'])
      expect(header).toContain(column);
    const rationale = header.indexOf('rationale');
    for (const claim of story.claims) {
      const row = claims.find((entry) => entry[1] === claim.id)!;
      expect(row[rationale]!.replace(/^'/, '')).toBe(claim.rationale);
    }
    const sources = parseCsv(outputs['sources.csv']!);
    expect(sources[0]).toEqual(
      expect.arrayContaining(['source', 'type', 'anonymous', 'anonymity_reason', 'ground_rule', 'claims', 'findings']),
    );
    expect(sources.slice(1).map((row) => row[1])).toEqual(story.sources.map((source) => source.id));
    const questions = parseCsv(outputs['questions.csv']!);
    expect(questions).toHaveLength(story.openQuestions.length + 1);
    const claimsColumn = questions[0]!.indexOf('claims');
    for (const question of contradictions()) expect(questions.some((row) => row[claimsColumn] === question.claims.join(' '))).toBe(true);
  });

  it('refuses a CSV table it does not know, as a usage error', async () => {
    const result = await runClaims(['report', '--format', 'csv', '--table', 'graph'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('claims, sources, questions');
  });

  it('terminal table: open questions with both ends, rationale per claim, the legend and the sources table', () => {
    const table = outputs.table!;
    const order = ['Open questions', '\nClaims', '\nGrades', '\nSources', '\nSummary'].map((heading) => table.indexOf(heading));
    expect(order.every((at, index) => at >= 0 && (index === 0 || at > order[index - 1]!))).toBe(true);
    const questions = section(table, 'Open questions', '\nClaims');
    for (const question of contradictions()) expect(questions).toContain(`claims: ${question.claims.join(', ')}`);
    expect(table.match(/rationale: /g)).toHaveLength(story.claims.length);
    expect(table).toContain('F = reliability cannot be judged');
    const sources = section(table, '\nSources', '\nSummary');
    // Long ids wrap inside their cell: their first letters are on one line.
    for (const source of story.sources) expect(sources).toContain(source.id.slice(0, 14));
  });
});
