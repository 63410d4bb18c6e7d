import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckRun } from '../../src/check/run.js';
import { renderDot } from '../../src/render/graph/dot.js';
import { renderMermaid } from '../../src/render/graph/mermaid.js';
import { provenanceGraph } from '../../src/views/graph-model.js';
import { REPORT_FORMATS } from '../../src/render/report/index.js';
import { buildReport } from '../../src/views/report-model.js';
import { parseCsv } from '../report/csv-parse.js';
import { checkFixture, plainChalk, RAW_CONTROL, STORY_FIXTURE } from '../report/support.js';
import { runClaims } from '../support/cli.js';
import { hostileText, yamlText } from '../support/generators.js';
import { runnerCommandLines } from '../support/hostile-cases.js';
import { makeRepo } from '../support/repo.js';
import { textOf } from '../support/rendered.js';

/** Thousands of generated cases take minutes in CI, beyond vitest's default per-test timeout. */
const PROPERTY_TIMEOUT_MS = 600_000;

/** Cases per property: in CI, with the diagnostics properties, more than 10,000 generated cases in all. */
const RENDER_RUNS = process.env.CI ? 150 : 40;
const CLI_RUNS = process.env.CI ? 400 : 60;

/** Every string field of every record, replaced by generated text; the loader's character checks are bypassed on purpose. */
function inject(run: CheckRun, texts: string[]): void {
  let next = 0;
  const replace = (value: unknown): unknown => {
    if (typeof value === 'string') return texts[next++ % texts.length];
    if (Array.isArray(value)) return value.map(replace);
    if (value && typeof value === 'object')
      for (const key of Object.keys(value))
        if (
          ![
            'id',
            'story',
            'source',
            'kind',
            'apiVersion',
            'type',
            'status',
            'relation',
            'likelihood',
            'groundRule',
            'reliability',
            'text',
            'via',
            'derivedFrom',
            'contradicts',
            'origin',
            'rule',
          ].includes(key)
        )
          (value as Record<string, unknown>)[key] = replace((value as Record<string, unknown>)[key]);
    return value;
  };
  for (const record of run.workspace.records) replace(record.value);
}

/** What "well formed and inert" means in each report medium. */
const CHECKS: Record<keyof typeof REPORT_FORMATS | 'mermaid' | 'dot', (output: string) => void> = {
  html: (html) => {
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toMatch(RAW_CONTROL);
    const data = /<script type="application\/json" id="claims-report">([^<]*)<\/script>/.exec(html);
    expect(() => JSON.parse(data![1]!)).not.toThrow();
  },
  markdown: (markdown) => {
    expect(markdown).not.toMatch(RAW_CONTROL);
    expect(
      markdown
        .replace(/<br>/g, '')
        .replace(/\]\(<https:\/\/[^>\s]*>\)/g, '')
        .replace(/<a id="claim-[a-z0-9-]+"><\/a>/g, ''),
    ).not.toContain('<');
    expect(markdown.split('\n').filter((line) => line.startsWith('```'))).toEqual(['```mermaid', '```']);
  },
  csv: (csv) => {
    const rows = parseCsv(csv);
    for (const row of rows) {
      expect(row).toHaveLength(rows[0]!.length);
      for (const field of row) expect(field).not.toMatch(/^[=+\-@\t\r]/);
    }
  },
  json: (json) => {
    expect(json).not.toMatch(RAW_CONTROL);
    expect(() => JSON.parse(json)).not.toThrow();
  },
  table: (table) => expect(table).not.toMatch(RAW_CONTROL),
  mermaid: (mermaid) => {
    expect(mermaid).not.toMatch(RAW_CONTROL);
    for (const line of mermaid.split('\n')) expect((line.match(/"/g) ?? []).length % 2).toBe(0);
  },
  dot: (dot) => {
    expect(dot).not.toMatch(RAW_CONTROL);
    for (const line of dot.split('\n')) expect((line.match(/(?<!\\)(\\\\)*"/g) ?? []).length % 2).toBe(0);
  },
};

describe('generated record text never breaks a report', () => {
  let run: CheckRun;
  let originals: unknown[];
  beforeAll(async () => {
    ({ run } = await checkFixture(STORY_FIXTURE));
    originals = run.workspace.records.map((record) => structuredClone(record.value));
  });

  it(
    'renders every format well formed and inert, whatever the records say',
    () => {
      fc.assert(
        fc.property(fc.array(hostileText, { minLength: 1, maxLength: 12 }), (texts) => {
          run.workspace.records.forEach((record, i) => {
            record.value = structuredClone(originals[i]) as typeof record.value;
          });
          inject(run, texts);
          const report = buildReport(run, undefined, 'claims test');
          // Every output as it goes to stdout: well formed, inert, and with no line a CI runner takes for a command.
          const outputs: [keyof typeof CHECKS, string][] = (Object.keys(REPORT_FORMATS) as (keyof typeof REPORT_FORMATS)[]).map(
            (format) => [format, textOf(REPORT_FORMATS[format](report, { chalk: plainChalk, width: 100, graph: true }))],
          );
          const graph = provenanceGraph([...report.stories][0]!.claims);
          outputs.push(['mermaid', renderMermaid(graph)], ['dot', renderDot(graph)]);
          for (const [format, output] of outputs) {
            CHECKS[format](output);
            expect(runnerCommandLines(output), format).toEqual([]);
          }
        }),
        { numRuns: RENDER_RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'report and graph take any generated claim file: exit 0, never an internal error',
    async () => {
      const repo = makeRepo({ fixture: STORY_FIXTURE });
      await fc.assert(
        fc.asyncProperty(yamlText, fc.constantFrom(...Object.keys(REPORT_FORMATS)), async (text, format) => {
          writeFileSync(path.join(repo, 'claims', 'generated.yaml'), text);
          const report = await runClaims(['report', '--format', format], { cwd: repo });
          expect(report.stderr).not.toContain('internal error');
          expect(report.code).toBe(0);
          const graph = await runClaims(['graph', '--format', 'mermaid'], { cwd: repo });
          expect(graph.code).toBe(0);
        }),
        { numRuns: CLI_RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
