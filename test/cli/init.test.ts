import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GITHUB_WORKFLOW } from '../../src/author/init-files.js';
import { CACHE_DIR } from '../../src/cache/run-cache.js';
import { packageJson } from '../../src/model/package.js';
import { runClaims } from '../support/cli.js';
import { makeRepo, projectRoot, writeRepoFile } from '../support/repo.js';

/** Every file under `dir` but .git, by relative POSIX path, with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const name = entry.split(path.sep).join('/');
    if (name === '.git' || name.startsWith('.git/')) continue;
    const file = path.join(dir, entry);
    if (statSync(file).isFile()) files.set(name, readFileSync(file).toString('base64'));
  }
  return files;
}

/** The fenced yaml block that follows `heading` in docs/ci.md. */
function docsBlock(heading: string): string {
  const docs = readFileSync(path.join(projectRoot, 'docs', 'ci.md'), 'utf8');
  const after = docs.slice(docs.indexOf(`\n${heading}\n`));
  const match = /```yaml\n([\s\S]*?)```/.exec(after);
  if (!match) throw new Error(`no yaml block after ${heading}`);
  return match[1]!;
}

const read = (dir: string, name: string) => readFileSync(path.join(dir, name), 'utf8');

describe('claims init', () => {
  it('writes the config, claims/ with a .gitkeep and a .gitignore for the cache, and says so', async () => {
    const cwd = makeRepo();
    const result = await runClaims(['init'], { cwd });
    expect(result).toEqual({
      code: 0,
      stdout: 'created claims.config.yaml\ncreated claims/.gitkeep\ncreated .gitignore\n',
      stderr: '',
    });
    expect([...snapshot(cwd).keys()].sort()).toEqual(['.gitignore', 'claims.config.yaml', 'claims/.gitkeep']);
    const config = read(cwd, 'claims.config.yaml');
    expect(parse(config)).toEqual({ paths: ['claims'] });
    expect(config).toContain(`/blob/v${packageJson.version}/schemas/config.schema.json`);
    expect(config).toContain('claims schema config');
    expect(config).toMatch(/^# .*docs\/rules/m);
    expect(read(cwd, 'claims/.gitkeep')).toBe('');
    expect(CACHE_DIR).toBe('.claims-cache');
    expect(read(cwd, '.gitignore')).toBe('.claims-cache/\n');
  });

  it('run again, creates nothing and keeps every file byte for byte', async () => {
    const cwd = makeRepo();
    expect((await runClaims(['init', '--ci', 'github', '--pre-commit'], { cwd })).code).toBe(0);
    const before = snapshot(cwd);
    expect(before.size).toBe(5);
    const again = await runClaims(['init', '--ci', 'github', '--pre-commit'], { cwd });
    expect(again).toEqual({
      code: 0,
      stdout: [
        'kept claims.config.yaml (exists)',
        'kept claims/.gitkeep (exists)',
        'kept .gitignore (ignores .claims-cache/ already)',
        'kept .github/workflows/claims.yml (exists)',
        'kept .pre-commit-config.yaml (exists)',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(snapshot(cwd)).toEqual(before);
  });

  it('never overwrites an existing file, whatever it holds', async () => {
    const config = '# ours\npaths: [records]\n';
    const cwd = makeRepo({ files: { 'claims.config.yaml': config, '.pre-commit-config.yaml': 'repos: []\n' } });
    const result = await runClaims(['init', '--pre-commit'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('kept claims.config.yaml (exists)\n');
    expect(result.stdout).toContain('kept .pre-commit-config.yaml (exists)\n');
    expect(result.stdout).toContain('created claims/.gitkeep\n');
    expect(read(cwd, 'claims.config.yaml')).toBe(config);
    expect(read(cwd, '.pre-commit-config.yaml')).toBe('repos: []\n');
  });

  it('leaves a claims/ that holds records alone: no .gitkeep', async () => {
    const cwd = makeRepo({ files: { 'claims/demo/story.txt': 'A story.\n' } });
    const result = await runClaims(['init'], { cwd });
    expect(result.stdout).toContain('kept claims/ (exists)\n');
    expect(existsSync(path.join(cwd, 'claims', '.gitkeep'))).toBe(false);
  });

  it('appends the cache line to an existing .gitignore once, after a line break it lacked', async () => {
    const cwd = makeRepo({ files: { '.gitignore': 'node_modules/\n*.log' } });
    const first = await runClaims(['init'], { cwd });
    expect(first.stdout).toContain('updated .gitignore\n');
    expect(read(cwd, '.gitignore')).toBe('node_modules/\n*.log\n.claims-cache/\n');
    const second = await runClaims(['init'], { cwd });
    expect(second.stdout).toContain('kept .gitignore (ignores .claims-cache/ already)\n');
    expect(read(cwd, '.gitignore')).toBe('node_modules/\n*.log\n.claims-cache/\n');
  });

  it('keeps a .gitignore that already ignores the cache in another spelling', async () => {
    const gitignore = 'dist\r\n/.claims-cache\r\n';
    const cwd = makeRepo({ files: { '.gitignore': gitignore } });
    const result = await runClaims(['init'], { cwd });
    expect(result.stdout).toContain('kept .gitignore (ignores .claims-cache/ already)\n');
    expect(read(cwd, '.gitignore')).toBe(gitignore);
  });

  it('creates the directory it is given, and names paths relative to it', async () => {
    const cwd = makeRepo();
    const result = await runClaims(['init', 'desk/new-repo'], { cwd });
    expect(result).toEqual({
      code: 0,
      stdout: 'created claims.config.yaml\ncreated claims/.gitkeep\ncreated .gitignore\n',
      stderr: '',
    });
    expect([...snapshot(path.join(cwd, 'desk', 'new-repo')).keys()].sort()).toEqual([
      '.gitignore',
      'claims.config.yaml',
      'claims/.gitkeep',
    ]);
    expect(existsSync(path.join(cwd, 'claims.config.yaml'))).toBe(false);
  });

  it('--ci github writes the workflow docs/ci.md recommends, which runs claims verify', async () => {
    expect(GITHUB_WORKFLOW).toBe(docsBlock('## GitHub Actions'));
    const cwd = makeRepo();
    const result = await runClaims(['init', '--ci', 'github'], { cwd });
    expect(result.stdout).toContain('created .github/workflows/claims.yml\n');
    const text = read(cwd, '.github/workflows/claims.yml');
    expect(text.endsWith(GITHUB_WORKFLOW)).toBe(true);
    const workflow = parse(text) as { on: unknown; jobs: Record<string, { steps: { run?: string; uses?: string }[] }> };
    expect(workflow.on).toEqual({ pull_request: null, push: { branches: ['main'] } });
    const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run ?? ''));
    expect(runs.some((run) => /^npx claims verify\b/.test(run))).toBe(true);
  });

  it('--pre-commit writes the hook configuration of docs/ci.md, pinned to this version', async () => {
    const cwd = makeRepo();
    const result = await runClaims(['init', '--pre-commit'], { cwd });
    expect(result.stdout).toContain('created .pre-commit-config.yaml\n');
    type PreCommit = { repos: { repo: string; rev: string; hooks: { id: string }[] }[] };
    const config = parse(read(cwd, '.pre-commit-config.yaml')) as PreCommit;
    expect(config.repos).toHaveLength(1);
    expect(config.repos[0]!.rev).toBe(`v${packageJson.version}`);
    const documented = parse(docsBlock('## pre-commit')) as PreCommit;
    expect(config).toEqual({ repos: [{ ...documented.repos[0]!, rev: `v${packageJson.version}` }] });
    const hookIds = (parse(readFileSync(path.join(projectRoot, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string }[]).map(
      (hook) => hook.id,
    );
    for (const hook of config.repos[0]!.hooks) expect(hookIds).toContain(hook.id);
    expect(read(cwd, '.pre-commit-config.yaml')).toContain('# - id: claims-verify');
  });

  it('refuses an unknown --ci with a usage error naming the choices, and writes nothing', async () => {
    const cwd = makeRepo();
    const result = await runClaims(['init', '--ci', 'gitlab'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('unknown --ci "gitlab"');
    expect(result.stderr).toContain('choose one of: github');
    expect(snapshot(cwd).size).toBe(0);
  });

  it('refuses a directory that is a file', async () => {
    const cwd = makeRepo({ files: { notes: 'x' } });
    const result = await runClaims(['init', 'notes'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a directory');
    expect(read(cwd, 'notes')).toBe('x');
  });

  it('leaves a repository that validate accepts once it holds a story (with no records, validate says none matched)', async () => {
    const cwd = makeRepo();
    expect((await runClaims(['init', '--ci', 'github', '--pre-commit'], { cwd })).code).toBe(0);
    // An empty claims/ is "no files matched", a usage error (docs/ci.md, exit codes): the config is read
    // and its paths followed, and nothing else is wrong.
    const empty = await runClaims(['validate'], { cwd });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no claim files matched "claims"');
    writeRepoFile(cwd, 'claims/demo/story.txt', 'The mayor said the bridge will close.\n');
    expect((await runClaims(['new', 'story', 'claims/demo/story.txt', '--id', 'demo'], { cwd })).code).toBe(0);
    const validate = await runClaims(['validate'], { cwd });
    expect(validate.stderr).toBe('');
    expect(validate.code).toBe(0);
  });
});
