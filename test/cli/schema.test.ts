import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSchema } from '../../src/load/schema/bundle.js';
import { runClaims } from '../support/cli.js';
import { makeRepo, projectRoot } from '../support/repo.js';

const schemaFile = (name: string) => readFileSync(path.join(projectRoot, 'schemas', `${name}.schema.json`), 'utf8');

describe('claims schema', () => {
  const cwd = makeRepo();

  it('lists the kinds, record among them', async () => {
    expect(await runClaims(['schema', '--list'], { cwd })).toEqual({
      code: 0,
      stdout: 'story\nsource\nclaim\nevidence\nrecord\nconfig\n',
      stderr: '',
    });
  });

  it('prints a schema as published, claim by default', async () => {
    expect(await runClaims(['schema'], { cwd })).toEqual({ code: 0, stdout: schemaFile('claim'), stderr: '' });
    expect(await runClaims(['schema', 'record'], { cwd })).toEqual({ code: 0, stdout: schemaFile('record'), stderr: '' });
    expect(await runClaims(['schema', 'Story'], { cwd })).toEqual({ code: 0, stdout: schemaFile('story'), stderr: '' });
  });

  it('--bundle prints the schema for a file of any kinds, self-contained, by default', async () => {
    const result = await runClaims(['schema', '--bundle'], { cwd });
    expect(result).toEqual({ code: 0, stdout: `${JSON.stringify(bundleSchema('record'), null, 2)}\n`, stderr: '' });
    const schema = JSON.parse(result.stdout) as object;
    expect(JSON.stringify(schema)).not.toMatch(/"\$ref":"(?!#)/);
    expect((await runClaims(['schema', '--bundle'], { cwd })).stdout).toBe(result.stdout);
  });

  it('--bundle <kind> bundles that kind', async () => {
    const result = await runClaims(['schema', 'claim', '--bundle'], { cwd });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(bundleSchema('claim'));
  });

  it('refuses the shared definitions and unknown kinds with a usage error', async () => {
    const common = await runClaims(['schema', 'common'], { cwd });
    expect(common.code).toBe(2);
    expect(common.stdout).toBe('');
    expect(common.stderr).toContain(
      'schema "common" holds only the definitions the others share; choose one of: story, source, claim, evidence, record, config',
    );
    expect(common.stderr).toContain('claims schema --bundle <kind>');
    const typo = await runClaims(['schema', 'recrod'], { cwd });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown schema "recrod" (did you mean "record"?)');
  });
});
