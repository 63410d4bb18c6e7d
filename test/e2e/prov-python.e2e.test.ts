/*
 * PROV-JSON read back by the Python `prov` package (Debian python3-prov), in a real child process. An
 * end-to-end test, like the Chromium one: it needs a system package, so it runs in `npm run test:e2e`
 * (`.ci/run` installs python3-prov first), not in `npm test`.
 */
import { describe, expect, it } from 'vitest';
import { exported, fixtureRepo, seedRepo, writeTemp } from '../support/export-repos.js';
import { provPython } from '../support/interop-oracles.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Records per PROV-JSON section, as the Python package counts them. */
function sectionCounts(document: Json): Record<string, number> {
  return Object.fromEntries(
    Object.entries(document)
      .filter(([key]) => key !== 'prefix')
      .map(([key, value]) => [key, Object.keys(value as object).length]),
  );
}

describe('claims export --format prov-json, read by python3-prov', () => {
  for (const [label, repo] of [
    ['the fixture story', fixtureRepo],
    ['the seed story', seedRepo],
  ] as const)
    it(`over ${label}: the same counts of entities, agents, activities and relations`, async () => {
      const { document } = await exported(repo(), 'prov-json');
      const read = provPython(writeTemp('prov.json', document));
      expect(read.error).toBeUndefined();
      expect(read.counts).toEqual(sectionCounts(document));
    });

  it('rejects a broken document', async () => {
    const { document } = await exported(fixtureRepo(), 'prov-json');
    const undeclared = structuredClone(document);
    undeclared.entity['claims:claim/river-rose-two-metres']['nope:thing'] = 'x';
    expect(provPython(writeTemp('undeclared.json', undeclared)).error).toMatch(/InvalidQualifiedName/);
    const notAKey = {
      ...structuredClone(document),
      wasQuotedFrom: { '_:q0': { 'prov:generatedEntity': 'claims:claim/x', 'prov:usedEntity': 'claims:story/y' } },
    };
    expect(provPython(writeTemp('quoted.json', notAKey)).error).toBeDefined();
  });
});
