import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { runChecks } from '../../src/check/run.js';
import { resolveTarget } from '../../src/commands/workspace-options.js';
import { packageJson } from '../../src/model/package.js';
import { terminalWidth } from '../../src/render/report/fit.js';
import { REPORT_FORMATS } from '../../src/render/report/index.js';
import { buildReport } from '../../src/views/report-model.js';
import { runClaims } from '../support/cli.js';
import { makeRepo } from '../support/repo.js';
import { textOf } from '../support/rendered.js';
import { plainChalk } from './support.js';

// `report` keeps of each claim only what links it to others, reads a story's claims again when it gets to
// it, and renders a story at a time in small pieces (commands/report.ts): its output must be the text of the
// report built from whole records and rendered at once.
describe('claims report, made a story at a time from claims read again', () => {
  for (const layout of ['per-story', 'per-claim'] as const) {
    const root = makeRepo();
    generateCorpus(root, { claims: 230, layout });

    /** The report of every story, built from a run that kept whole records. */
    async function wholeReport(format: keyof typeof REPORT_FORMATS, options: { graph?: boolean; table?: 'sources' } = {}) {
      const io = { stdout: () => {}, stderr: () => {}, cwd: root, env: {}, stdoutIsTTY: false, columns: undefined };
      const run = await runChecks({ ...(await resolveTarget(io, [])), stage: 'verify', keepRecords: true });
      const report = buildReport(run, undefined, `claims ${packageJson.version}`);
      return textOf(REPORT_FORMATS[format](report, { chalk: plainChalk, width: terminalWidth(undefined), sink: 'stdout', ...options }));
    }

    for (const format of Object.keys(REPORT_FORMATS) as (keyof typeof REPORT_FORMATS)[]) {
      it(`${layout}: writes the same ${format} as the whole report rendered at once`, async () => {
        const result = await runClaims(['report', '--format', format], { cwd: root });
        expect(result.code).toBe(0);
        expect(result.stdout).toBe(await wholeReport(format));
      });
    }

    it(`${layout}: and the same with --graph and --table`, async () => {
      expect((await runClaims(['report', '--format', 'markdown', '--graph'], { cwd: root })).stdout).toBe(
        await wholeReport('markdown', { graph: true }),
      );
      expect((await runClaims(['report', '--format', 'csv', '--table', 'sources'], { cwd: root })).stdout).toBe(
        await wholeReport('csv', { table: 'sources' }),
      );
    });
  }
});
