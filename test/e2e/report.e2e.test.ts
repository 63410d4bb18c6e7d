import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runClaims } from '../support/cli.js';
import { makeRepo, projectRoot } from '../support/repo.js';

// The HTML report in real headless Chromium: sorting, filtering, anchor links, no errors, no requests.

const CHROMIUM = '/usr/bin/chromium';
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

/** Renders the fixture's HTML report with the real CLI (in process) and returns its file URL. */
async function renderReport(fixture: string): Promise<string> {
  const root = makeRepo({ fixture });
  const result = await runClaims(['report', '--format', 'html', '--out', 'report.html'], { cwd: root });
  expect(result.code).toBe(0);
  return pathToFileURL(path.join(root, 'report.html')).href;
}

interface Watched {
  page: Page;
  requests: string[];
  problems: string[];
}

async function open(url: string): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const watched: Watched = { page, requests: [], problems: [] };
  page.on('request', (request) => watched.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') watched.problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => watched.problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    watched.problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url);
  return watched;
}

const rowIds = (page: Page) =>
  page.locator('table.claims tbody tr:not([hidden])').evaluateAll((rows) => rows.map((row) => row.id.replace(/^claim-/, '')));

describe('the HTML report in Chromium', () => {
  it('sorts, filters, follows anchors, and makes no requests and no errors', async () => {
    const url = await renderReport('report/story');
    const { page, requests, problems } = await open(url);

    expect(await rowIds(page)).toEqual([
      'plan-stalls',
      'dredging-starts-may',
      'dredging-may-start',
      'budget-four-million',
      'workers-feared-dismissal',
      'cranes-not-serviced',
      'plan-likely-delayed',
      'contract-signed-march',
    ]);

    // Sort by grade (click), then reverse it (keyboard: Enter on the focused header button).
    const grade = page.locator('table.claims thead th', { hasText: 'Grade' });
    await grade.locator('button').click();
    expect(await grade.getAttribute('aria-sort')).toBe('ascending');
    expect(await page.locator('table.claims thead th[aria-sort]').count()).toBe(1);
    expect((await rowIds(page))[0]).toBe('contract-signed-march');
    await grade.locator('button').focus();
    await page.keyboard.press('Enter');
    expect(await grade.getAttribute('aria-sort')).toBe('descending');
    expect((await rowIds(page))[0]).toBe('plan-likely-delayed');

    // Filter by type, then by text; the count follows.
    await page.selectOption('select[name="type"]', 'fact');
    expect((await rowIds(page)).sort()).toEqual(['contract-signed-march', 'cranes-not-serviced', 'dredging-may-start']);
    await page.fill('input[type="search"]', 'cranes');
    expect(await rowIds(page)).toEqual(['cranes-not-serviced']);
    expect(await page.locator('.filters .count').textContent()).toBe('1 of 8 claims shown');

    // Clicking an anchor in the story text reveals the row the filter hid, highlights it and scrolls to it.
    const anchor = page.locator('.story-text a.anchor[href="#claim-budget-four-million"]').first();
    await anchor.click();
    const row = page.locator('#claim-budget-four-million');
    expect(await row.isVisible()).toBe(true);
    expect(await row.getAttribute('class')).toContain('highlight');
    expect(await row.evaluate((element) => element.ownerDocument.activeElement === element)).toBe(true);
    const box = await row.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(page.viewportSize()!.height);

    // A nested anchor highlights every claim that covers the span: "dredging will start in May" sits inside dredging-starts-may.
    await page.locator('.story-text a.anchor[href="#claim-dredging-may-start"]').first().click();
    expect(await page.locator('tr.highlight').evaluateAll((rows) => rows.map((r) => r.id).sort())).toEqual([
      'claim-dredging-may-start',
      'claim-dredging-starts-may',
    ]);

    // The open questions come first; a question's claim link reveals the row a filter hid, highlights both
    // ends of the contradiction and puts the focus on the row it names.
    const questions = page.locator('section.open-questions ol.questions > li');
    expect(await questions.count()).toBeGreaterThanOrEqual(3);
    const contradiction = page.locator('section.open-questions li.question.contradiction');
    expect(await contradiction.locator('a.to-claim').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      '#claim-plan-stalls',
      '#claim-dredging-starts-may',
    ]);
    await page.fill('input[type="search"]', 'cranes');
    expect(await rowIds(page)).toEqual(['cranes-not-serviced']);
    await contradiction.locator('a.to-claim[href="#claim-dredging-starts-may"]').click();
    expect(await page.locator('tr.highlight').evaluateAll((rows) => rows.map((r) => r.id).sort())).toEqual([
      'claim-dredging-starts-may',
      'claim-plan-stalls',
    ]);
    const target = page.locator('#claim-dredging-starts-may');
    expect(await target.isVisible()).toBe(true);
    expect(await page.locator('#claim-plan-stalls').isVisible()).toBe(true);
    expect(await target.evaluate((element) => element.ownerDocument.activeElement === element)).toBe(true);
    const targetBox = await target.boundingBox();
    expect(targetBox!.y).toBeGreaterThanOrEqual(0);
    expect(targetBox!.y).toBeLessThanOrEqual(page.viewportSize()!.height);
    // An anonymous source without a reason: its question links to the claim resting on it and to its source row.
    const anonymous = page.locator('section.open-questions li.question.anonymous-without-reason');
    await anonymous.locator('a.to-claim').first().click();
    expect(await page.locator('#claim-plan-likely-delayed').getAttribute('class')).toContain('highlight');
    await anonymous.locator('a.to-source').first().click();
    expect(new URL(page.url()).hash).toBe('#source-analysts');

    // The sources table: one row per source, with its standing and what rests on it; the grade legend.
    const sources = page.locator('table.sources tbody tr');
    expect(await sources.count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#source-analysts').isVisible()).toBe(true);
    expect(await page.locator('#source-analysts td').nth(1).textContent()).toBe('anonymous: no reason given');
    expect(await page.locator('#source-analysts td').nth(4).textContent()).toContain('source/anonymous-without-reason');
    expect(await page.locator('.grade-legend').isVisible()).toBe(true);
    // Sorting still works after the new sections (by status, a column added beside the new ones).
    const status = page.locator('table.claims thead th', { hasText: 'Status' });
    await status.locator('button').click();
    expect(await status.getAttribute('aria-sort')).toBe('ascending');
    await page.selectOption('select[name="type"]', '');
    await page.fill('input[type="search"]', '');
    const statusRank = await page
      .locator('table.claims tbody tr td.col-status')
      .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-sort'))));
    expect(statusRank).toHaveLength(8);
    expect(statusRank).toEqual([...statusRank].sort((a, b) => a - b));

    // A claim node in the graph links to its row too.
    await page.selectOption('select[name="type"]', '');
    await page.fill('input[type="search"]', '');
    await page.locator('svg.graph a.node[data-claim="plan-stalls"]').click();
    expect(await page.locator('#claim-plan-stalls').getAttribute('class')).toContain('highlight');

    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  });

  it('keeps hostile record text inert: no dialogs, no extra scripts, the text shown as text', async () => {
    const url = await renderReport('report/injection');
    const { page, requests, problems } = await open(url);
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('img, b, iframe').count()).toBe(0);
    const statement = await page.locator('#claim-hostile-claim th[scope="row"]').textContent();
    expect(statement).toContain('<script>alert(1)</script> | cell');
    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    await page.close();
  });

  it("renders the repository's own first story without errors, every graph node clear of the others", async () => {
    const root = makeRepo();
    const file = path.join(root, 'first-story.html');
    const result = await runClaims(['report', '--format', 'html', '--out', file], { cwd: projectRoot });
    expect(result.code).toBe(0);
    const { page, problems, requests } = await open(pathToFileURL(file).href);
    const boxes = await page
      .locator('svg.graph .node rect')
      .evaluateAll((rects) =>
        rects
          .map((rect) => (rect as unknown as { getBBox(): { x: number; y: number; width: number; height: number } }).getBBox())
          .map(({ x, y, width, height }) => ({ x, y, width, height })),
      );
    expect(boxes.length).toBeGreaterThan(10);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1))
        expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
    }
    expect(problems).toEqual([]);
    expect(requests).toHaveLength(1);
    await page.close();
  });
});
