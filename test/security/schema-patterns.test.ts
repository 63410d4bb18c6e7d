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

describe('schema patterns', () => {
  const patterns = schemaPatterns();

  it('are all found (the test would pass vacuously otherwise)', () => {
    expect(patterns.length).toBeGreaterThanOrEqual(6);
  });

  it.each(patterns)('$where: $pattern runs in linear time on worst-case input at the scalar cap', ({ pattern }) => {
    // ajv compiles patterns with the "u" flag.
    const regexp = new RegExp(pattern, 'u');
    for (const input of hostileInputs()) {
      const started = performance.now();
      expect(() => regexp.test(input)).not.toThrow();
      expect(performance.now() - started).toBeLessThan(200);
    }
  });
});
