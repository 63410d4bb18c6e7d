import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseJsonReport, runClaims } from '../support/cli.js';
import { makeRepo, projectRoot } from '../support/repo.js';
import { parseWorkflowCommand, parseXml, sarifSchemaErrors } from '../render/diagnostics/support.js';

// Scenarios run in this process on the sources (runClaims); GITHUB_STEP_SUMMARY reaches a run only through its env option.

const FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit'] as const;
type Format = (typeof FORMATS)[number];

const repos = {
  clean: makeRepo({ fixture: 'good' }),
  warnings: makeRepo({ fixture: 'ci/warnings' }),
  errors: makeRepo({ fixture: 'ci/errors' }),
};

/** Asserts stdout is a well-formed document of its format, and returns the repository paths it names. */
function pathsIn(format: Format, stdout: string): string[] {
  switch (format) {
    case 'stylish':
      expect(stdout).toMatch(/^[✔✖] .* checked/m);
      return stdout.split('\n').filter((line) => line.startsWith('claims/'));
    case 'json':
      return parseJsonReport(stdout).diagnostics.map((diagnostic) => diagnostic.file);
    case 'github': {
      const lines = stdout.trimEnd().split('\n');
      for (const line of lines) expect(line.startsWith('::') || line.startsWith('claims ')).toBe(true);
      return lines.map((line) => parseWorkflowCommand(line)?.properties.file).filter((file): file is string => file !== undefined);
    }
    case 'sarif': {
      const log = JSON.parse(stdout) as {
        runs: {
          artifacts: { location: { uri: string } }[];
          results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
        }[];
      };
      expect(sarifSchemaErrors(log)).toEqual([]);
      const run = log.runs[0]!;
      return [
        ...run.artifacts.map((artifact) => artifact.location.uri),
        ...run.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri),
      ].map(decodeURIComponent);
    }
    case 'junit':
      return parseXml(stdout).testsuites.testsuite.flatMap((suite) => [
        suite.name,
        suite.file,
        ...suite.testcase.map((testcase) => testcase.classname),
      ]);
  }
}

describe('exit codes for every format', () => {
  const scenarios = [
    { name: 'clean', repo: repos.clean, args: [], code: 0 },
    { name: 'warnings only', repo: repos.warnings, args: [], code: 0 },
    { name: 'warnings over --max-warnings', repo: repos.warnings, args: ['--max-warnings', '0'], code: 1 },
    { name: 'errors', repo: repos.errors, args: [], code: 1 },
    { name: 'usage error', repo: repos.clean, args: ['--max-warnings', 'lots'], code: 2 },
  ];
  for (const format of FORMATS) {
    it.each(scenarios)(`--format ${format}: $name → exit $code`, async ({ repo, args, code }) => {
      expect.hasAssertions();
      const result = await runClaims(['verify', '--format', format, ...args], { cwd: repo });
      expect(result.code, result.stderr).toBe(code);
      if (code === 2) {
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe('claims: --max-warnings needs a whole number, got "lots"\nRun `claims --help` for usage.\n');
        return;
      }
      for (const file of pathsIn(format, result.stdout)) expect(file).toMatch(/^claims\/demo\/[a-z]+\.(yaml|txt)$/);
      if (args.includes('--max-warnings')) expect(result.stderr).toContain('warnings exceed --max-warnings 0');
    });
  }
});

describe('--fail-on, --quiet and --max-warnings', () => {
  it('--fail-on warning fails on a warning; --fail-on error (the default) does not', async () => {
    expect((await runClaims(['verify', '--fail-on', 'warning'], { cwd: repos.warnings })).code).toBe(1);
    expect((await runClaims(['verify', '--fail-on', 'error'], { cwd: repos.warnings })).code).toBe(0);
    expect((await runClaims(['verify', '--fail-on', 'warning'], { cwd: repos.clean })).code).toBe(0);
  });

  it('--fail-on warning ignores a suppressed warning and an info', async () => {
    const cwd = makeRepo({ fixture: 'ci/warnings', files: { 'claims.config.yaml': 'rules:\n  sourcing/unattributed: info\n' } });
    const result = await runClaims(['verify', '--fail-on', 'warning', '--format', 'json'], { cwd });
    expect(result.code, result.stderr).toBe(0);
    expect(parseJsonReport(result.stdout).summary).toMatchObject({ errors: 0, warnings: 0, infos: 2, suppressed: 1 });
  });

  it('--fail-on refuses a severity it does not know', async () => {
    const result = await runClaims(['verify', '--fail-on', 'info'], { cwd: repos.clean });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });

  it('--quiet shows errors only', async () => {
    const warnings = await runClaims(['verify', '--quiet', '--format', 'json'], { cwd: repos.warnings });
    expect(warnings.code).toBe(0);
    expect(parseJsonReport(warnings.stdout).diagnostics).toEqual([]);
    const errors = await runClaims(['verify', '--quiet', '--format', 'json'], { cwd: repos.errors });
    expect(errors.code).toBe(1);
    expect(parseJsonReport(errors.stdout).diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['ref/unresolved']);
  });

  it('--quiet still counts the hidden warnings for --max-warnings', async () => {
    const result = await runClaims(['verify', '--quiet', '--max-warnings', '0', '--format', 'github'], { cwd: repos.warnings });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('::warning');
    expect(result.stderr).toContain('1 warnings exceed --max-warnings 0');
    expect((await runClaims(['verify', '--quiet', '--max-warnings', '1'], { cwd: repos.warnings })).code).toBe(0);
  });
});

describe('several formats in one run', () => {
  it('writes --format json --out a.json and --format junit --out b.xml together', async () => {
    const cwd = makeRepo({ fixture: 'ci/warnings' });
    const result = await runClaims(['verify', '--format', 'json', '--out', 'a.json', '--format', 'junit', '--out', 'b.xml'], { cwd });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    expect(parseJsonReport(readFileSync(path.join(cwd, 'a.json'), 'utf8')).summary).toMatchObject({ warnings: 1, infos: 1, suppressed: 1 });
    const { testsuites } = parseXml(readFileSync(path.join(cwd, 'b.xml'), 'utf8'));
    expect(testsuites).toMatchObject({ failures: '1' });
    expect(testsuites.testsuite.map((suite) => Number(suite.skipped)).reduce((sum, skipped) => sum + skipped)).toBe(1);
  });

  it('sends a format without --out to stdout and the others to their files', async () => {
    const cwd = makeRepo({ fixture: 'ci/errors' });
    const result = await runClaims(
      ['verify', '--format', 'sarif', '--out', 'claims.sarif', '--format', 'github', '--format', 'junit', '--out', 'junit.xml'],
      { cwd },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=claims\/demo\/claims\.yaml,line=10,/);
    expect(sarifSchemaErrors(JSON.parse(readFileSync(path.join(cwd, 'claims.sarif'), 'utf8')))).toEqual([]);
    expect(existsSync(path.join(cwd, 'junit.xml'))).toBe(true);
  });

  it('refuses a second --out for one --format', async () => {
    const result = await runClaims(['verify', '--format', 'json', '--out', 'a.json', '--out', 'b.json'], { cwd: repos.clean });
    expect(result.code).toBe(2);
  });
});

describe('repository-relative POSIX paths from any working directory', () => {
  const subdirectory = path.join(repos.warnings, 'claims', 'demo');
  for (const format of ['json', 'github', 'sarif', 'junit'] as const) {
    it(`--format ${format} from claims/demo, with and without a path argument`, async () => {
      expect.hasAssertions();
      const fromRoot = await runClaims(['verify', '--format', format], { cwd: repos.warnings });
      expect(fromRoot.code, fromRoot.stderr).toBe(0);
      for (const args of [[], ['.'], ['claims.yaml', 'analysis.yaml', 'sources.yaml', 'story.yaml']]) {
        const result = await runClaims(['verify', '--format', format, ...args], { cwd: subdirectory });
        expect(result.code, result.stderr).toBe(0);
        const paths = pathsIn(format, result.stdout);
        expect(paths.length).toBeGreaterThan(0);
        for (const file of paths) expect(file).toMatch(/^claims\/demo\/[a-z]+\.(yaml|txt)$/);
        expect(result.stdout).toBe(fromRoot.stdout);
      }
    });
  }
});

describe('GitHub job summary', () => {
  it('appends the findings table to $GITHUB_STEP_SUMMARY, keeping what earlier steps wrote', async () => {
    const cwd = makeRepo({ fixture: 'ci/warnings' });
    const summary = path.join(cwd, 'summary.md');
    writeFileSync(summary, '## earlier step\n\n');
    const result = await runClaims(['verify', '--format', 'github'], { cwd, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(result.code).toBe(0);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('## earlier step\n\n### claims verify: 0 errors, 1 warning, 1 info, 1 suppressed in 4 files\n')).toBe(true);
    expect(text.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Severity'))).toHaveLength(3);
    expect(text).toContain("| the newsroom\\'s own traffic desk made this analysis |");
  });

  it('leaves the summary alone for other formats', async () => {
    const cwd = makeRepo({ fixture: 'ci/warnings' });
    const summary = path.join(cwd, 'summary.md');
    writeFileSync(summary, '');
    await runClaims(['verify', '--format', 'json', '--format', 'sarif', '--out', 'x.sarif'], {
      cwd,
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(readFileSync(summary, 'utf8')).toBe('');
  });

  it('only warns when the summary cannot be written; the exit code stays the findings’ own', async () => {
    const cwd = makeRepo({ fixture: 'ci/errors' });
    mkdirSync(path.join(cwd, 'a-directory'));
    const result = await runClaims(['verify', '--format', 'github'], { cwd, env: { GITHUB_STEP_SUMMARY: path.join(cwd, 'a-directory') } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('claims: cannot append to GITHUB_STEP_SUMMARY: EISDIR');
    expect(result.stdout).toContain('::error file=claims/demo/claims.yaml');
  });
});

describe('hostile file names and record text through every machine format', () => {
  const file = 'claims/100% sure,\nreally.yaml';
  const key = '50% a,b\n::error file=README.md,line=1::Fake\r##[error]legacy <x> ]]> & @octocat | `c` "q"';
  const cwd = makeRepo({
    files: {
      [file]: `apiVersion: claims/v1\nkind: Source\nid: x\ntype: person\ndescription: d\ngroundRule: on-record\nname: n\n${JSON.stringify(key)}: 1\n`,
    },
  });
  const message = `unknown field ${JSON.stringify(key).replace(/\\n/g, '\n').replace(/\\r/g, '\r').replace(/\\"/g, '"')}`;

  it('github: the file name and message round-trip exactly through the escaping, but for the break in ##[', async () => {
    const summary = path.join(cwd, 'summary.md');
    const result = await runClaims(['validate', '--format', 'github'], { cwd, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const annotation = parseWorkflowCommand(lines[0]!);
    expect(annotation?.command).toBe('error');
    expect(annotation?.properties.file).toBe(file);
    // Workflow commands have no escape for `#`: a legacy runner command opener gets a backslash (docs/ci.md).
    expect(annotation?.message).toBe(message.replace('##[', '#\\#['));
    expect(lines[1]).toMatch(/^claims validate: 1 error/);
    const rows = readFileSync(summary, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('| error'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.split(/(?<!\\)\|/)).toHaveLength(8);
    expect(rows[0]).toContain('@\u2060octocat');
  });

  it('json, sarif and junit carry the same path and message', async () => {
    const json = parseJsonReport((await runClaims(['validate', '--format', 'json'], { cwd })).stdout);
    expect(json.diagnostics.map((diagnostic) => [diagnostic.file, diagnostic.message])).toEqual([[file, message]]);
    const sarifText = (await runClaims(['validate', '--format', 'sarif'], { cwd })).stdout;
    const log = JSON.parse(sarifText);
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('claims/100%25%20sure%2C%0Areally.yaml');
    expect(log.runs[0].results[0].message.text).toBe(message);
    const junit = parseXml((await runClaims(['validate', '--format', 'junit'], { cwd })).stdout);
    const [suite] = junit.testsuites.testsuite;
    expect(suite!.name).toBe(file);
    expect(suite!.file).toBe(file);
    expect(suite!.testcase[0]!.classname).toBe(file);
    expect(suite!.testcase[0]!.failure?.message).toBe(message);
  });
});

describe('pre-commit hooks and docs/ci.md', () => {
  interface Hook {
    id: string;
    entry: string;
    language: string;
    files: string;
    pass_filenames: boolean;
  }
  const hooks = parseYaml(readFileSync(path.join(projectRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
  const docs = readFileSync(path.join(projectRoot, 'docs', 'ci.md'), 'utf8');

  it('claims-validate runs on claim YAML files and checks the whole repository', () => {
    const hook = hooks.find((entry) => entry.id === 'claims-validate')!;
    expect(hook).toMatchObject({ entry: 'claims validate', language: 'node', files: '^claims/.*\\.ya?ml$', pass_filenames: false });
    const files = new RegExp(hook.files);
    expect(['claims/demo/claims.yaml', 'claims/sources.yml'].every((file) => files.test(file))).toBe(true);
    expect(['src/a.yaml', 'claims/demo/story.txt', 'claims.config.yaml'].some((file) => files.test(file))).toBe(false);
  });

  it('needs pass_filenames: false, because one file alone loses its cross-file references', async () => {
    const cwd = makeRepo({ fixture: 'good' });
    const staged = await runClaims(['validate', 'claims/demo/claims.yaml', '--format', 'json'], { cwd });
    expect(staged.code).toBe(1);
    expect(new Set(parseJsonReport(staged.stdout).diagnostics.map((diagnostic) => diagnostic.ruleId))).toEqual(new Set(['ref/unresolved']));
    expect((await runClaims(['validate'], { cwd })).code).toBe(0);
  });

  it('every YAML example in docs/ci.md parses, and the workflow uses --format github and upload-sarif', () => {
    const blocks = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => parseYaml(match[1]!) as Record<string, unknown>);
    expect(blocks).toHaveLength(2);
    const workflow = JSON.stringify(blocks[0]);
    expect(workflow).toContain('--format github');
    expect(workflow).toContain('github/codeql-action/upload-sarif@');
    const config = blocks[1] as { repos: { hooks: { id: string }[] }[] };
    for (const hook of config.repos[0]!.hooks) expect(hooks.map((entry) => entry.id)).toContain(hook.id);
  });
});
