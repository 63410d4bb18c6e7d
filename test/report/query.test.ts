import { beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/model/exit.js';
import { claimViews, type ClaimView } from '../../src/views/claim-view.js';
import { validateFilters } from '../../src/commands/known-values.js';
import { listValues, matchesFilters, sortClaims, type ClaimFilters } from '../../src/views/query.js';
import { checkFixture, STORY_FIXTURE } from './support.js';

let views: ClaimView[];
let known: { stories: string[]; sources: string[] };

beforeAll(async () => {
  const { run } = await checkFixture(STORY_FIXTURE, 'validate');
  views = [...claimViews({ workspace: run.workspace }).values()];
  known = { stories: [...run.workspace.stories.keys()], sources: [...run.workspace.sources.keys()] };
});

const ids = (filters: ClaimFilters) =>
  views
    .filter((view) => matchesFilters(view, filters))
    .map((view) => view.id)
    .sort();

describe('filters', () => {
  it('match any value within a filter and every filter given', () => {
    expect(ids({ type: ['fact', 'analysis'], status: ['unreviewed'] })).toEqual(['plan-likely-delayed']);
    expect(ids({ likelihood: ['almost-certain'] })).toEqual(['contract-signed-march']);
    expect(ids({ tag: ['budget'] })).toEqual(['budget-four-million']);
    expect(ids({ story: ['harbour-dredging'] })).toHaveLength(8);
  });

  it('match a source as attribution source, relay or evidence origin', () => {
    expect(ids({ source: ['gazette'] })).toEqual(['budget-four-million']);
    expect(ids({ source: ['contract-register'] })).toEqual(['contract-signed-march']);
    expect(ids({ source: ['dock-workers'] })).toEqual(['cranes-not-serviced', 'workers-feared-dismissal']);
  });

  it('split comma-separated and repeated flags', () => {
    expect(listValues('a, b,,c', ['x'])).toEqual(['x', 'a', 'b', 'c']);
  });

  it('reject unknown values with the closest ones', () => {
    expect(() => validateFilters({ type: ['facts'] }, known)).toThrow(
      new UsageError(
        '--type: unknown claim type "facts" (did you mean "fact"?); choose from: fact, attributed-statement, characterisation, analysis, speculation, background',
      ),
    );
    expect(() => validateFilters({ story: ['harbour'] }, known)).toThrow(UsageError);
    expect(() => validateFilters({ tag: ['anything-goes'] }, known)).not.toThrow();
  });
});

describe('sorting', () => {
  it('orders by the field, then by id, whatever the input order', () => {
    const byLikelihood = sortClaims(views, 'likelihood').map((view) => `${view.claim.confidence.likelihood} ${view.id}`);
    expect(byLikelihood[0]).toBe('roughly-even-chance cranes-not-serviced');
    expect(byLikelihood.at(-1)).toBe('almost-certain contract-signed-march');
    expect(sortClaims([...views].reverse(), 'status').map((view) => view.id)).toEqual(sortClaims(views, 'status').map((view) => view.id));
  });

  it('reverses the field but keeps ties in id order', () => {
    const reversed = sortClaims(views, 'credibility', true);
    expect(reversed.map((view) => view.grade.credibility)).toEqual([4, 3, 3, 3, 3, 2, 2, 1]);
    expect(reversed.filter((view) => view.grade.credibility === 3).map((view) => view.id)).toEqual([
      'cranes-not-serviced',
      'dredging-may-start',
      'plan-stalls',
      'workers-feared-dismissal',
    ]);
  });
});
