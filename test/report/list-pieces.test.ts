import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { runChecks } from '../../src/check/run.js';
import { resolveTarget } from '../../src/commands/workspace-options.js';
import { terminalWidth } from '../../src/render/report/fit.js';
import { renderList, type ListFormat } from '../../src/render/report/list.js';
import { claimViews } from '../../src/views/claim-view.js';
import { matchesFilters, sortClaims, type ClaimFilters, type SortField } from '../../src/views/query.js';
import { runClaims } from '../support/cli.js';
import { makeRepo } from '../support/repo.js';
import { plainChalk } from './support.js';

// `list` keeps only the fields it shows (LIST_FIELDS) and renders a few claims at a time (commands/list.ts):
// its output must be the text renderList gives for every view at once, made from whole records.
describe('claims list over more claims than it renders at a time', () => {
  const root = makeRepo();
  generateCorpus(root, { claims: 230, layout: 'per-story' });

  /** The list as one renderList call over every whole view, filtered and sorted as `list` does. */
  async function wholeList(format: ListFormat, filters: ClaimFilters, sort: SortField, reverse = false): Promise<string> {
    const target = await resolveTarget(
      { stdout: () => {}, stderr: () => {}, cwd: root, env: {}, stdoutIsTTY: false, columns: undefined },
      [],
    );
    const run = await runChecks({ ...target, stage: 'validate', keepRecords: true });
    const views = [...claimViews({ workspace: run.workspace }).values()].filter((view) => matchesFilters(view, filters));
    return renderList(sortClaims(views, sort, reverse), format, { chalk: plainChalk, width: terminalWidth(undefined) });
  }

  for (const format of ['json', 'csv', 'ids', 'table'] as const) {
    it(`writes the same ${format} as rendering every whole view at once`, async () => {
      const result = await runClaims(['list', '--format', format, '--sort', 'likelihood'], { cwd: root });
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(await wholeList(format, {}, 'likelihood'));
    });
  }

  it('filters by source (from the views) and by type (from the records) as before', async () => {
    const args = ['--source', 'source-7,source-11,source-12', '--type', 'fact,analysis,background', '--sort', 'credibility', '--reverse'];
    const result = await runClaims(['list', '--format', 'json', ...args], { cwd: root });
    const filters = { source: ['source-7', 'source-11', 'source-12'], type: ['fact', 'analysis', 'background'] };
    expect(result.stdout).toBe(await wholeList('json', filters, 'credibility', true));
    expect((JSON.parse(result.stdout) as unknown[]).length).toBeGreaterThan(0);
  });
});
