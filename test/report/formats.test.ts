import { describe, expect, it } from 'vitest';
import { renderDot } from '../../src/render/graph/dot.js';
import { renderMermaid } from '../../src/render/graph/mermaid.js';
import { provenanceGraph } from '../../src/render/graph/model.js';
import { claimViews } from '../../src/render/report/claim-view.js';
import { REPORT_FORMATS } from '../../src/render/report/index.js';
import { jsonText, renderReportJson, reportDocument } from '../../src/render/report/json.js';
import { renderList } from '../../src/render/report/list.js';
import { renderShow } from '../../src/render/report/show.js';
import { checkFixture, fixtureReport, plainChalk, STORY_FIXTURE } from './support.js';
import { textOf } from '../support/rendered.js';

// One snapshot file per format, on the fixture story; the outputs hold no volatile parts (no dates,
// versions or absolute paths), so nothing needs sanitising beyond the fixed generator name.
const EXTENSIONS = { table: 'txt', markdown: 'md', html: 'html', csv: 'csv', json: 'json' } as const;

describe('report formats on the fixture story', () => {
  for (const [format, extension] of Object.entries(EXTENSIONS)) {
    it(`renders ${format}`, async () => {
      const report = await fixtureReport(STORY_FIXTURE);
      const output = textOf(REPORT_FORMATS[format as keyof typeof EXTENSIONS](report, { chalk: plainChalk, width: 120 }));
      await expect(output).toMatchFileSnapshot(`__snapshots__/report.${extension}`);
    });
  }

  it('renders the same bytes twice (deterministic)', async () => {
    const [a, b] = [await fixtureReport(STORY_FIXTURE), await fixtureReport(STORY_FIXTURE)];
    for (const render of Object.values(REPORT_FORMATS)) expect(textOf(render(a, { chalk: plainChalk, width: 100 }))).toBe(textOf(render(b, { chalk: plainChalk, width: 100 })));
  });
});

describe('report JSON, made one story at a time', () => {
  it('is the text of the whole document, for no, one and several stories', async () => {
    const report = await fixtureReport(STORY_FIXTURE);
    const story = report.stories[0]!;
    for (const stories of [[], [story], [story, { ...story, story: { ...story.story, id: 'second' } }, story]]) {
      const whole = { ...report, stories };
      const text = textOf(renderReportJson(whole));
      expect(text).toBe(jsonText(reportDocument(whole)));
      expect(JSON.parse(text).stories).toHaveLength(stories.length);
    }
  });
});

describe('graph formats on the fixture story', () => {
  it('renders mermaid and dot', async () => {
    const report = await fixtureReport(STORY_FIXTURE);
    const graph = provenanceGraph(report.stories[0]!.claims);
    await expect(renderMermaid(graph)).toMatchFileSnapshot('__snapshots__/graph.mmd');
    await expect(renderDot(graph)).toMatchFileSnapshot('__snapshots__/graph.dot');
  });
});

describe('list and show on the fixture story', () => {
  it('renders every list format', async () => {
    const { run } = await checkFixture(STORY_FIXTURE, 'validate');
    const views = [...claimViews({ workspace: run.workspace }).values()];
    for (const format of ['table', 'json', 'csv', 'ids'] as const) {
      await expect(renderList(views, format, { chalk: plainChalk, width: 100 })).toMatchFileSnapshot(`__snapshots__/list.${format === 'table' || format === 'ids' ? `${format}.txt` : format}`);
    }
  });

  it('shows a claim with evidence states, attribution chains, review and findings', async () => {
    const { run } = await checkFixture(STORY_FIXTURE);
    const views = claimViews({ workspace: run.workspace, verify: run.verify, diagnostics: run.diagnostics });
    const text = run.verify!.storyText('harbour-dredging');
    const context = { chalk: plainChalk, storyTitle: 'Harbour dredging plan stalls', text: text?.ok ? text.text : undefined, textProblem: undefined };
    const shown = ['budget-four-million', 'dredging-starts-may', 'workers-feared-dismissal', 'plan-likely-delayed'].map((id) => renderShow(views.get(id)!, context)).join('\n---\n\n');
    await expect(shown).toMatchFileSnapshot('__snapshots__/show.txt');
  });
});
