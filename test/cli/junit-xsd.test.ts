import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonReport, runClaims } from '../support/cli.js';
import { fixturesDir, makeRepo } from '../support/repo.js';
import { junitSchemaCheck, parseXml } from '../render/diagnostics/support.js';

// `--format junit` from the real command, checked with `xmllint --schema` against Jenkins xunit's
// junit-10.xsd (test/fixtures/junit/, see its README). xmllint runs as WebAssembly (xmllint-wasm): no system package needed.

/** The CI warnings fixture (a warning, a suppressed warning, infos) plus the errors fixture's files beside it. */
function repoWithEveryKindOfFinding(): string {
  const errorsDemo = path.join(fixturesDir, 'ci', 'errors', 'claims', 'demo');
  const files = Object.fromEntries(
    readdirSync(errorsDemo).map((name) => [`claims/more/${name}`, readFileSync(path.join(errorsDemo, name))]),
  );
  return makeRepo({ fixture: 'ci/warnings', files });
}

describe('--format junit is valid against junit-10.xsd', () => {
  const cwd = repoWithEveryKindOfFinding();

  it('with errors, warnings, suppressed and info findings', async () => {
    const json = parseJsonReport((await runClaims(['verify', '--format', 'json'], { cwd })).stdout);
    expect(json.summary).toMatchObject({ errors: expect.any(Number), warnings: 1, infos: 2, suppressed: 1 });
    expect(json.summary.errors).toBeGreaterThan(0);

    const result = await runClaims(['verify', '--format', 'junit'], { cwd });
    expect(result.code, result.stderr).toBe(1);
    const cases = parseXml(result.stdout).testsuites.testsuite.flatMap((suite) => suite.testcase);
    expect(cases.filter((testcase) => testcase.failure?.type === 'error')).not.toHaveLength(0);
    expect(cases.filter((testcase) => testcase.failure?.type === 'warning')).toHaveLength(1);
    expect(cases.filter((testcase) => testcase.skipped)).toHaveLength(1);
    expect(cases.filter((testcase) => testcase['system-out'])).toHaveLength(2);

    const check = await junitSchemaCheck(result.stdout);
    expect(check.report).toBe('junit.xml validates\n');
    expect(check.valid).toBe(true);
  });

  it('for claims validate, and for a clean repository', async () => {
    const validate = await runClaims(['validate', '--format', 'junit'], { cwd });
    expect(validate.code).toBe(1);
    expect((await junitSchemaCheck(validate.stdout)).valid).toBe(true);
    const clean = await runClaims(['verify', '--format', 'junit'], { cwd: makeRepo({ fixture: 'good' }) });
    expect(clean.code).toBe(0);
    expect((await junitSchemaCheck(clean.stdout)).valid).toBe(true);
  });
});
