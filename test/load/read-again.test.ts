import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { runChecks } from '../../src/check/run.js';
import { resolveTarget } from '../../src/commands/workspace-options.js';
import { readWholeValues } from '../../src/load/read-again.js';
import { UsageError } from '../../src/model/exit.js';
import type { LoadedRecord } from '../../src/model/records.js';
import { REPORT_FIELDS } from '../../src/views/report-model.js';
import { makeRepo, writeRepoFile } from '../support/repo.js';

async function run(root: string, keepRecords: true | typeof REPORT_FIELDS) {
  const io = { stdout: () => {}, stderr: () => {}, cwd: root, env: {}, stdoutIsTTY: false, columns: undefined };
  return runChecks({ ...(await resolveTarget(io, [])), stage: 'verify', keepRecords });
}

const claimsOf = (records: readonly LoadedRecord[]) => records.filter((record): record is LoadedRecord<'Claim'> => record.kind === 'Claim');

describe('readWholeValues', () => {
  for (const layout of ['per-story', 'per-claim'] as const) {
    it(`${layout}: reads back whole the claims a run cut down, in the order asked`, async () => {
      const root = makeRepo();
      generateCorpus(root, { claims: 120, layout });
      const whole = claimsOf((await run(root, true)).workspace.records);
      const cut = claimsOf((await run(root, REPORT_FIELDS)).workspace.records);
      expect(cut[0]!.value).not.toEqual(whole[0]!.value);
      const order = [...cut].reverse();
      expect(readWholeValues(root, order)).toEqual([...whole].reverse().map((record) => record.value));
    });
  }

  it('refuses a record whose document changed since the run read it', async () => {
    const root = makeRepo();
    generateCorpus(root, { claims: 3, layout: 'per-claim' });
    const [first] = claimsOf((await run(root, REPORT_FIELDS)).workspace.records);
    writeRepoFile(root, first!.file, 'apiVersion: claims/v1\nkind: Claim\nid: another-claim\n');
    expect(() => readWholeValues(root, [first!])).toThrow(UsageError);
  });
});
