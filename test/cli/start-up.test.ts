// Real processes: what a run imports at start-up is seen only by a loader hook in a fresh `claims` process, over the build (dist/).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runProcess } from '../support/cli.js';
import { makeRepo, projectRoot } from '../support/repo.js';

/**
 * Start-up time is a goal (`npm run bench`: `claims verify` within 2× `node -e ''`), and it rests on what
 * a run imports. Timing belongs in the benchmark; what is imported can be tested exactly: a loader hook
 * lists every module a real `claims` process loads.
 */
function modulesLoadedBy(args: readonly string[], cwd: string): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'claims-modules-'));
  const log = path.join(dir, 'modules.txt');
  writeFileSync(log, '');
  const hooks = path.join(dir, 'hooks.mjs');
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  appendFileSync(${JSON.stringify(log)}, url + '\\n');\n  return next(url, context);\n}\n`,
  );
  const register = path.join(dir, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  const result = runProcess(args, { cwd, env: { NODE_OPTIONS: `--import ${pathToFileURL(register).href}` } });
  expect(result.stderr).not.toContain('internal error');
  const root = pathToFileURL(projectRoot).href;
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith(root))
    .map((url) => url.slice(root.length));
}

describe('what a run loads', () => {
  it('a verify answered from the cache loads neither the checks, nor a YAML parser, nor the schema validators', () => {
    const cwd = makeRepo({ fixture: 'clean' });
    expect(runProcess(['verify'], { cwd }).code).toBe(0);
    const loaded = modulesLoadedBy(['verify'], cwd);
    expect(loaded).toContain('dist/render/diagnostics/stylish.js');
    expect(loaded.filter((module) => /^dist\/(check|anchor)\/|node_modules\/(yaml|js-yaml|ajv)\//.test(module))).toEqual([]);
    // Only the format asked for.
    expect(
      loaded.filter((module) => module.startsWith('dist/render/diagnostics/') && !/\/(index|report|stylish)\.js$/.test(module)),
    ).toEqual([]);
  });

  it('with a config file, a verify answered from the cache still loads no YAML parser or validators; a changed config is checked again', () => {
    const cwd = makeRepo({ fixture: 'clean', files: { 'claims.config.yaml': 'rules:\n  sourcing/unattributed: warning\n' } });
    expect(runProcess(['verify'], { cwd }).code).toBe(0);
    const loaded = modulesLoadedBy(['verify'], cwd);
    expect(loaded).toContain('dist/render/diagnostics/stylish.js');
    expect(
      loaded.filter((module) => /^dist\/(check|anchor)\/|dist\/load\/config-check\.js|node_modules\/(yaml|js-yaml|ajv)\//.test(module)),
    ).toEqual([]);
    writeFileSync(path.join(cwd, 'claims.config.yaml'), 'rules:\n  sourcing/unattributed: loud\n');
    const broken = runProcess(['verify'], { cwd });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('claims.config.yaml:2:26 rules.sourcing/unattributed must be one of');
  });

  it('a verify that misses the cache loads the checks', () => {
    const cwd = makeRepo({ fixture: 'clean' });
    const loaded = modulesLoadedBy(['verify', '--no-cache'], cwd);
    expect(loaded).toContain('dist/check/run.js');
  });

  it('--version loads no command', () => {
    const cwd = makeRepo({ fixture: 'clean' });
    expect(modulesLoadedBy(['--version'], cwd).filter((module) => module.startsWith('dist/commands/'))).toEqual([]);
  });
});
