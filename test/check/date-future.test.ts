import { describe, expect, it } from 'vitest';
import { parseJsonReport, runClaims } from '../support/cli.js';
import { makeRepo } from '../support/repo.js';
import { claimRecord, SOURCES, STORY, STORY_TEXT } from '../support/cached-story.js';

/** SOURCE_DATE_EPOCH for 00:00 UTC of a day. */
const epochOf = (day: string) => String(Date.parse(`${day}T00:00:00Z`) / 1000);

function repoWithReviewOn(day: string) {
  const claim = claimRecord('vote').replace('status: unreviewed\n', `status: in-review\nreview:\n  by: Desk\n  date: ${day}\n`);
  return makeRepo({
    files: { 'claims/sources.yaml': SOURCES, 'claims/claims.yaml': claim, 'claims/story.yaml': STORY, 'claims/story.txt': STORY_TEXT },
  });
}

async function futureDates(cwd: string, env: Record<string, string>) {
  const result = await runClaims(['verify', '--format', 'json'], { cwd, env });
  return parseJsonReport(result.stdout)
    .diagnostics.filter((diagnostic) => diagnostic.ruleId === 'date/future')
    .map((diagnostic) => diagnostic.message);
}

describe('date/future, with the day given by SOURCE_DATE_EPOCH', () => {
  const cwd = repoWithReviewOn('2031-05-02');

  it('reports a date after today, and not one that is today', async () => {
    expect(await futureDates(cwd, { SOURCE_DATE_EPOCH: epochOf('2031-05-01') })).toEqual([
      'review date 2031-05-02 is after today: a mistyped year, or a date copied from a plan?',
    ]);
    expect(await futureDates(cwd, { SOURCE_DATE_EPOCH: epochOf('2031-05-02') })).toEqual([]);
    // Late in the day, UTC, is still that day.
    expect(await futureDates(cwd, { SOURCE_DATE_EPOCH: String(Number(epochOf('2031-05-01')) + 86_399) })).toHaveLength(1);
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds, as a usage error', async () => {
    const result = await runClaims(['verify'], { cwd, env: { SOURCE_DATE_EPOCH: 'yesterday' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('SOURCE_DATE_EPOCH must be whole seconds since 1970, got "yesterday"');
  });
});
