// The patterns run in a child process: a catastrophic backtrack cannot be interrupted in this one, only bounded from outside by a timeout.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/load/limits.js';
import { projectRoot } from '../support/repo.js';

/** Every `pattern` (and `propertyNames.pattern`) in the schemas, with where it is. */
function schemaPatterns(): { where: string; pattern: string }[] {
  const found: { where: string; pattern: string }[] = [];
  const dir = path.join(projectRoot, 'schemas');
  const walk = (node: unknown, where: string) => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'pattern' && typeof value === 'string') found.push({ where, pattern: value });
      else walk(value, `${where}/${key}`);
    }
  };
  for (const file of readdirSync(dir)) walk(JSON.parse(readFileSync(path.join(dir, file), 'utf8')), file);
  return found;
}

/** Inputs at the loader's scalar cap built to make a backtracking engine work hardest: long runs of what each repeated part accepts, then a character that fails. */
function hostileInputs(): string[] {
  const length = LIMITS.maxScalarChars;
  const runs = ['a', '0', 'a-', 'a/', 'a.', '-', '/', 'a b', 'ab,'];
  return runs.flatMap((run) => {
    const body = run.repeat(Math.ceil(length / run.length)).slice(0, length - 1);
    return [`${body}!`, `${body}-`, `${body}/`, `${body} `];
  });
}

/**
 * A bound on a hang, not a benchmark: the patterns take milliseconds on these inputs, a catastrophic
 * backtrack at the scalar cap would take longer than the universe has left.
 */
const HANG_BOUND_MS = 30_000;

/** Runs the pattern (as ajv compiles it, with the "u" flag) over the inputs in a child process that is killed at the timeout. */
function testInChild(pattern: string, inputs: readonly string[], timeout: number): { finished: boolean; tested: number } {
  const script = `
    import { readFileSync } from 'node:fs';
    const { pattern, inputs } = JSON.parse(readFileSync(0, 'utf8'));
    const regexp = new RegExp(pattern, 'u');
    let tested = 0;
    for (const input of inputs) {
      regexp.test(input);
      tested++;
    }
    process.stdout.write(String(tested));
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    input: JSON.stringify({ pattern, inputs }),
    encoding: 'utf8',
    timeout,
  });
  const finished = result.status === 0 && result.signal === null && result.error === undefined;
  if (!finished && (result.error as NodeJS.ErrnoException | undefined)?.code !== 'ETIMEDOUT')
    throw result.error ?? new Error(result.stderr);
  return { finished, tested: finished ? Number(result.stdout) : 0 };
}

describe('schema patterns', () => {
  const patterns = schemaPatterns();

  it('are all found (the test would pass vacuously otherwise)', () => {
    expect(patterns.length).toBeGreaterThanOrEqual(6);
  });

  it('are checked by a harness that does catch a catastrophic pattern (it would pass vacuously otherwise)', () => {
    const catastrophic = testInChild('^(a+)+$', ['a'.repeat(64) + '!'], 1000);
    expect(catastrophic).toEqual({ finished: false, tested: 0 });
  });

  it.each(patterns)('$where: $pattern finishes on worst-case input at the scalar cap (no catastrophic backtracking)', ({ pattern }) => {
    expect.hasAssertions();
    const inputs = hostileInputs();
    expect(testInChild(pattern, inputs, HANG_BOUND_MS)).toEqual({ finished: true, tested: inputs.length });
  });
});
