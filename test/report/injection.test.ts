import { Chalk } from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckRun } from '../../src/check/run.js';
import { renderDot } from '../../src/render/graph/dot.js';
import { renderMermaid } from '../../src/render/graph/mermaid.js';
import { provenanceGraph } from '../../src/views/graph-model.js';
import { claimDetail, claimViews, type ClaimView } from '../../src/views/claim-view.js';
import { REPORT_FORMATS } from '../../src/render/report/index.js';
import { renderList } from '../../src/render/report/list.js';
import { buildReport, type Report } from '../../src/views/report-model.js';
import { renderShow } from '../../src/render/report/show.js';
import { parseCsv } from './csv-parse.js';
import { armControls, checkFixture, GENERATOR, INJECTION_FIXTURE, plainChalk, RAW_CONTROL } from './support.js';
import { textOf } from '../support/rendered.js';
import { jsonText, reportDocument } from '../../src/render/report/json.js';

// The injection fixture puts <script>, |, line breaks, =HYPERLINK(...), ESC sequences and U+202E into
// every field the outputs show (statement, quote, source name and description, evidence title, review,
// suppression reason, story title). Every format must render them inert, and faithfully.

let run: CheckRun;
let report: Report;
let views: Map<string, ClaimView>;
let statement: string;

beforeAll(async () => {
  ({ run } = await checkFixture(INJECTION_FIXTURE));
  armControls(run);
  report = buildReport(run, undefined, GENERATOR);
  views = claimViews({ workspace: run.workspace, verify: run.verify, diagnostics: run.diagnostics });
  statement = views.get('hostile-claim')!.claim.statement;
});

const render = (format: keyof typeof REPORT_FORMATS, chalk = plainChalk) => textOf(REPORT_FORMATS[format](report, { chalk, width: 100 }));

describe('the injection fixture', () => {
  it('reaches the renderers with the real control characters in it', () => {
    expect(statement).toContain('\u001b[2J');
    expect(statement).toContain('\u202e');
    expect(statement).toContain('<script>alert(1)</script>');
    expect(statement).toContain('\n');
    expect(statement.startsWith('=HYPERLINK("http://x")')).toBe(true);
    expect(views.get('hostile-claim')!.attributions[0]!.source.description).toContain('\u001b[2J');
  });
});

describe('report JSON, made one story at a time', () => {
  it('escapes exactly as the whole document would be', () => {
    expect(render('json')).toBe(jsonText(reportDocument(report)));
  });
});

describe('every format is inert', () => {
  it('html: only its own two scripts, no raw tags from records, no controls, no script URLs', () => {
    const html = render('html');
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toMatch(/<script>alert|<img|<b>|<!-- |javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(RAW_CONTROL);
    // Record text is isolated and shows the controls as visible escapes.
    expect(html).toContain(
      '<bdi>=HYPERLINK(&quot;http://x&quot;) &lt;script&gt;alert(1)&lt;/script&gt; | cell<br>new line \\x1b[2J \\u202edesrever',
    );
  });

  it('html: the embedded JSON cannot close its element and reads back exactly', () => {
    const html = render('html');
    const data = /<script type="application\/json" id="claims-report">([^<]*)<\/script>/.exec(html);
    expect(data).not.toBeNull();
    const parsed = JSON.parse(data![1]!) as { stories: { title: string; claims: { id: string; statement: string }[] }[] };
    expect(parsed.stories[0]!.claims.find((claim) => claim.id === 'hostile-claim')!.statement).toBe(statement);
    expect(parsed.stories[0]!.title).toContain('\u202e');
  });

  it('markdown: no raw HTML, no extra columns or rows, mentions broken, fences intact', () => {
    const markdown = render('markdown');
    expect(markdown).not.toMatch(RAW_CONTROL);
    // The only raw "<" are the line breaks and row anchors it writes itself, and link destinations.
    expect(
      markdown
        .replace(/<br>/g, '')
        .replace(/<a id="claim-[a-z0-9-]+"><\/a>/g, '')
        .replace(/\]\(<https:\/\/[^>\s]*>\)/g, ''),
    ).not.toContain('<');
    expect(markdown).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(markdown).toContain('@\u2060octocat');
    expect(markdown).not.toMatch(/@octocat/);
    expect(markdown).toContain('\\$x\\$');
    const tableRows = markdown
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| Measure') && !line.startsWith('| ---'));
    const claimRows = tableRows.filter((line) => /^\| (<a id="claim-[a-z0-9-]+"><\/a>)?\d+ \|/.test(line));
    expect(claimRows).toHaveLength(2);
    const columns = tableRows[0]!.match(/(?<!\\)\|/g)!.length;
    for (const row of claimRows) expect(row.match(/(?<!\\)\|/g)).toHaveLength(columns);
    // The graph is opt-in in Markdown (--graph): no fence at all without it.
    expect(markdown.split('\n').filter((line) => line.startsWith('```'))).toEqual([]);
  });

  it('csv: RFC 4180, every field quoted, no formula at the start of any field, no controls', () => {
    const csv = render('csv');
    expect(csv).not.toMatch(RAW_CONTROL);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows.length).toBe(3); // header, the hostile claim's one attribution, the plain claim
    for (const row of rows) {
      expect(row).toHaveLength(rows[0]!.length);
      for (const field of row) expect(field).not.toMatch(/^[=+\-@\t\r]/);
    }
    const hostile = rows.find((row) => row[1] === 'hostile-claim')!;
    expect(hostile[3]).toBe(
      `'=HYPERLINK("http://x") <script>alert(1)</script> | cell\nnew line \\x1b[2J \\u202edesrever @octocat [link](https://evil.example) <!-- $x$ \`\`\``,
    );
    expect(rows.find((row) => row[1] === 'plain-claim')![3]).toBe('\\tCritics objected to the vote.');
  });

  it('json: parses back to the exact record text, with no raw controls in the file', () => {
    const json = render('json');
    expect(json).not.toMatch(RAW_CONTROL);
    const parsed = JSON.parse(json) as { stories: { claims: { id: string; statement: string; attributions: { quote: string }[] }[] }[] };
    const claim = parsed.stories[0]!.claims.find((entry) => entry.id === 'hostile-claim')!;
    expect(claim.statement).toBe(statement);
    expect(claim.attributions[0]!.quote).toBe(views.get('hostile-claim')!.attributions[0]!.quote);
  });

  it('table, list and show: no control characters reach the terminal, with or without colour', () => {
    const ownColour = new Chalk({ level: 1 });
    const terminal = [
      render('table'),
      render('table', ownColour),
      ...(['table', 'csv', 'json', 'ids'] as const).map((format) =>
        renderList([...views.values()], format, { chalk: plainChalk, width: 80 }),
      ),
      ...[plainChalk, ownColour].map((chalk) =>
        renderShow(views.get('hostile-claim')!, {
          chalk,
          storyTitle: [...report.stories][0]!.story.title,
          text: storyText(),
          textProblem: undefined,
          detail: claimDetail(views, views.get('hostile-claim')!),
        }),
      ),
    ];
    for (const output of terminal) {
      // Colour codes come only from chalk (SGR "ESC [ n m"); nothing else may carry an ESC or a bidi control.
      expect(output.replace(/\u001b\[\d+(;\d+)*m/g, '')).not.toMatch(RAW_CONTROL);
    }
    expect(render('table')).toContain('\\x1b[2J');
  });

  it('mermaid and dot: labels stay inside their quotes', () => {
    const graph = provenanceGraph([...report.stories][0]!.claims);
    const mermaid = renderMermaid(graph);
    expect(mermaid).not.toMatch(RAW_CONTROL);
    for (const line of mermaid.split('\n')) expect((line.match(/"/g) ?? []).length % 2).toBe(0);
    for (const label of mermaid.match(/"[^"]*"/g) ?? []) expect(label).not.toMatch(/[<>`\\|[\]{}]/);
    expect(mermaid).toContain('#60;script#62;alert(1)#60;/script#62;');
    const dot = renderDot(graph);
    expect(dot).not.toMatch(RAW_CONTROL);
    for (const line of dot.split('\n')) expect((line.match(/(?<!\\)(\\\\)*"/g) ?? []).length % 2).toBe(0);
    expect(dot).toContain(
      'tooltip="hostile-claim: =HYPERLINK(\\"http://x\\") <script>alert(1)</script> | cell new line \\\\x1b[2J \\\\u202edesrever @octocat',
    );
  });
});

function storyText() {
  const text = run.verify!.storyText('injection');
  return text?.ok ? text.text : undefined;
}

describe('the sources table and the open questions are inert too', () => {
  const reason = '<img src=x onerror=alert(1)> | reason';
  it('carry the hostile source text, escaped for each medium', () => {
    const source = [...report.stories][0]!.sources.find((entry) => entry.id === 'hostile-critic');
    expect(source?.description).toContain('<script>alert(1)</script>');
    const html = render('html');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; | reason');
    expect(html).not.toMatch(/<img/);
    const markdown = render('markdown');
    expect(markdown).toContain('&lt;img src=x onerror=alert\\(1\\)&gt; \\| reason');
    const json = JSON.parse(render('json')) as { stories: { sources: { id: string; anonymityReason: string | null }[] }[] };
    expect(json.stories[0]!.sources.find((entry) => entry.id === 'hostile-critic')!.anonymityReason).toContain(reason);
  });

  it('csv --table sources and --table questions: RFC 4180, no formula at the start of a field, no controls', () => {
    for (const table of ['sources', 'questions'] as const) {
      const csv = textOf(REPORT_FORMATS.csv(report, { chalk: plainChalk, width: 100, table }));
      expect(csv).not.toMatch(RAW_CONTROL);
      const rows = parseCsv(csv);
      expect(rows.length).toBeGreaterThan(1);
      for (const row of rows) {
        expect(row).toHaveLength(rows[0]!.length);
        for (const field of row) expect(field).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    const sources = parseCsv(textOf(REPORT_FORMATS.csv(report, { chalk: plainChalk, width: 100, table: 'sources' })));
    expect(sources.some((row) => row.some((field) => field.includes(reason)))).toBe(true);
  });
});
