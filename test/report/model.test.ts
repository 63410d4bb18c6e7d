import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimView } from '../../src/views/claim-view.js';
import type { Report } from '../../src/views/report-model.js';
import { fixtureReport, STORY_FIXTURE } from './support.js';

let report: Report;
const claim = (id: string): ClaimView => [...report.stories][0]!.claims.find((view) => view.id === id)!;

beforeAll(async () => {
  report = await fixtureReport(STORY_FIXTURE);
});

describe('the sourcing report model', () => {
  it('puts claims in story order, longer spans first where they start together', () => {
    expect([...report.stories][0]!.claims.map((view) => view.id)).toEqual([
      'plan-stalls',
      'dredging-starts-may',
      'dredging-may-start',
      'budget-four-million',
      'workers-feared-dismissal',
      'cranes-not-serviced',
      'plan-likely-delayed',
      'contract-signed-march',
    ]);
  });

  it('summarises types, anonymity, attribution, verification, sources and coverage', () => {
    expect([...report.stories][0]!.summary).toEqual({
      claims: 8,
      byType: [
        { type: 'fact', count: 3 },
        { type: 'attributed-statement', count: 2 },
        { type: 'characterisation', count: 1 },
        { type: 'analysis', count: 1 },
        { type: 'speculation', count: 0 },
        { type: 'background', count: 1 },
      ],
      anonymousOnly: 3,
      unattributed: 3,
      verified: 2,
      namedSources: 3,
      anonymousSources: 3,
      namedPeople: 0,
      anonymousPeople: 1,
      otherSources: [
        { type: 'organization', count: 1 },
        { type: 'outlet', count: 1 },
        { type: 'document', count: 1 },
        { type: 'collective', count: 2 },
      ],
      coverage: 100,
      sentences: 6,
    });
  });

  it("grades with the first origin's reliability letter and the credibility digit", () => {
    expect(claim('dredging-starts-may').grade).toMatchObject({
      code: 'B2',
      reliabilityBasis: 'graded',
      reliabilityLabel: 'usually reliable',
      credibilityLabel: 'probably true',
    });
    expect(claim('contract-signed-march').grade).toMatchObject({ code: 'A1', reliabilityBasis: 'graded' });
    expect(claim('plan-likely-delayed').grade).toMatchObject({ code: 'F4', reliabilityBasis: 'not-graded' });
    expect(claim('plan-stalls').grade).toMatchObject({ code: 'F3', reliabilityBasis: 'no-origin' });
  });

  it('reads every evidence state', () => {
    expect(claim('dredging-starts-may').evidence.map((evidence) => evidence.state)).toEqual(['ok']);
    expect(claim('budget-four-million').evidence.map((evidence) => evidence.state)).toEqual(['hash-mismatch', 'missing']);
    expect(claim('contract-signed-march').evidence.map((evidence) => evidence.state)).toEqual(['ok', 'not-archived']);
  });

  it('links derivations and contradictions both ways', () => {
    expect(claim('dredging-starts-may')).toMatchObject({ derivedBy: ['dredging-may-start'], contradictedBy: ['plan-stalls'] });
    expect(claim('plan-stalls')).toMatchObject({ derivedFrom: ['plan-likely-delayed'], contradicts: ['dredging-starts-may'] });
  });

  it('separates open findings from suppressed ones and resolves anchors', () => {
    expect(claim('plan-likely-delayed').findings).toEqual([]);
    expect(claim('plan-likely-delayed').suppressed.map((finding) => finding.ruleId)).toEqual(['sourcing/anonymous-opinion']);
    expect(claim('workers-feared-dismissal').anchor).toMatchObject({ status: 'moved', similarity: 0.98, line: 2 });
    expect(claim('budget-four-million').origins.map((origin) => origin.id)).toEqual([
      'authority-spokesperson',
      'gazette',
      'harbour-authority',
    ]);
    expect(claim('budget-four-million').attributions.map((attribution) => attribution.standing)).toEqual(['anonymous', 'on-record']);
  });
});
