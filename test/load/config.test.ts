import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/model/exit.js';
import { catalogueView } from '../../src/check/catalogue.js';
import { loadConfig } from '../../src/load/config.js';
import { makeRepo } from '../support/repo.js';

/** Loads a config with the real rule catalogue; returns the UsageError it throws. */
async function configError(content: string | Uint8Array): Promise<UsageError> {
  const root = makeRepo({ files: { 'claims.config.yaml': content } });
  const error = await loadConfig(root, WITH_CATALOGUE).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof UsageError)) throw new Error(`expected a UsageError, got ${String(error)}`);
  return error;
}

const WITH_CATALOGUE = { catalogue: async () => catalogueView };

describe('loadConfig', () => {
  it('gives an empty config when there is no file', async () => {
    const root = makeRepo();
    expect(await loadConfig(root, WITH_CATALOGUE)).toEqual({ config: {}, file: undefined });
  });

  it('reads a valid config', async () => {
    const root = makeRepo({
      files: {
        'claims.config.yaml':
          'paths: [claims, more]\nrules:\n  sourcing/unattributed: error\n  coverage/uncovered-sentence: off\nthresholds:\n  independentOrigins: 3\n',
      },
    });
    expect(await loadConfig(root, WITH_CATALOGUE)).toEqual({
      config: {
        paths: ['claims', 'more'],
        rules: { 'sourcing/unattributed': 'error', 'coverage/uncovered-sentence': 'off' },
        thresholds: { independentOrigins: 3 },
      },
      file: path.join(root, 'claims.config.yaml'),
    });
  });

  it('reads an empty file as the default config', async () => {
    const root = makeRepo({ files: { 'claims.config.yaml': '# nothing configured yet\n' } });
    expect((await loadConfig(root, WITH_CATALOGUE)).config).toEqual({});
  });

  it('reports every problem at once, in file order, each with its position, as one usage error', async () => {
    const error = await configError(
      [
        'paths: claims',
        'rules:',
        '  sourcing/unatributed: warning',
        '  schema: off',
        '  ref/cycle: loud',
        '  Not A Rule: off',
        'thresholds:',
        '  independentOrigin: 2',
        '  anchorMinSimilarity: 2',
        '',
      ].join('\n'),
    );
    expect(error.message).toBe('invalid claims.config.yaml');
    expect(error.details).toEqual([
      'claims.config.yaml:1:8 paths must be a list; found text "claims"',
      'claims.config.yaml:3:3 unknown rule "sourcing/unatributed" (did you mean "sourcing/unattributed"?)',
      'claims.config.yaml:4:3 rule "schema" cannot be reconfigured: later checks depend on it',
      'claims.config.yaml:5:14 rules.ref/cycle must be one of: error, warning, info, off; found "loud"',
      'claims.config.yaml:6:3 "Not A Rule" in rules is not a rule id such as "sourcing/unattributed"',
      'claims.config.yaml:8:3 unknown field "independentOrigin" in thresholds (did you mean "independentOrigins"?)',
      'claims.config.yaml:9:24 thresholds.anchorMinSimilarity must be at most 1; found 2',
    ]);
    expect(error.hint).toBe('Fix claims.config.yaml; schemas/config.schema.json describes every setting.');
  });

  it('suggests the nearest rule id for an unknown one', async () => {
    const error = await configError('rules:\n  ref/cycles: warning\n');
    expect(error.details).toEqual(['claims.config.yaml:2:3 unknown rule "ref/cycles" (did you mean "ref/cycle"?)']);
  });

  it('refuses to reconfigure the parsing and schema rules', async () => {
    const error = await configError('rules:\n  schema: warning\n  yaml/syntax: off\n  yaml/duplicate-key: info\n');
    expect(error.details).toEqual([
      'claims.config.yaml:2:3 rule "schema" cannot be reconfigured: later checks depend on it',
      'claims.config.yaml:3:3 rule "yaml/syntax" cannot be reconfigured: later checks depend on it',
      'claims.config.yaml:4:3 rule "yaml/duplicate-key" cannot be reconfigured: later checks depend on it',
    ]);
  });

  it('reports YAML problems with their positions, a duplicate key with where it was first defined', async () => {
    expect((await configError('rules:\n  ref/cycle: off\n  ref/cycle: error\n')).details).toEqual([
      'claims.config.yaml:3:3 duplicate key "ref/cycle" (first defined at 2:3)',
    ]);
    expect((await configError('paths: [claims\n')).details).toHaveLength(1);
    expect((await configError('paths: [claims\n')).details[0]).toMatch(/^claims\.config\.yaml:2:1 /);
  });

  it('refuses a config that is not a mapping', async () => {
    expect((await configError('- claims\n')).details).toEqual(['claims.config.yaml:1:1 the config file must be a mapping; found a list']);
  });

  it('refuses a config that is not UTF-8, with the position of the bad byte', async () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('paths: [caf'), 0xe9, ...new TextEncoder().encode(']\n')]);
    expect((await configError(bytes)).details).toEqual(['claims.config.yaml:1:12 invalid UTF-8 byte 0xe9; save the file as UTF-8']);
  });

  it('refuses a config with two documents', async () => {
    expect((await configError('paths: [a]\n---\npaths: [b]\n')).details).toEqual([
      'claims.config.yaml:3:1 the config file must hold one document',
    ]);
  });
});
