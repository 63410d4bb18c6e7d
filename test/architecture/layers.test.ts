import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/repo.js';

const DEPCRUISE = path.join(projectRoot, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

/** Runs the project's dependency rules (`npm run lint`) over a copy of src/ with extra modules added. */
function cruiseWith(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'claims-layers-'));
  cpSync(path.join(projectRoot, 'src'), path.join(dir, 'src'), { recursive: true });
  for (const name of ['.dependency-cruiser.cjs', 'tsconfig.json', 'package.json'])
    cpSync(path.join(projectRoot, name), path.join(dir, name));
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'));
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return spawnSync(process.execPath, [DEPCRUISE, 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('the layers of src/ (model → load → cache → check → views → author → render → commands → cli)', () => {
  it('hold in the tree as it is', () => {
    const result = cruiseWith({});
    expect(result.stdout).toContain('no dependency violations found');
    expect(result.status).toBe(0);
  });

  it('refuse an upward import: model/ importing check/', () => {
    const result = cruiseWith({ 'src/model/upward.ts': "export { RULES } from '../check/catalogue.js';\n" });
    expect(result.stdout).toContain('model-imports-upward: src/model/upward.ts → src/check/catalogue.ts');
    expect(result.status).not.toBe(0);
  });

  it('refuse a file read in check/, views/ or render/', () => {
    const result = cruiseWith({
      'src/check/reads-a-file.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
    });
    expect(result.stdout).toContain('file-system-only-in-load-and-cache: src/check/reads-a-file.ts → fs');
    expect(result.status).not.toBe(0);
  });

  it('refuse a cycle', () => {
    const result = cruiseWith({
      'src/model/cycle-a.ts': "import { b } from './cycle-b.js';\nexport const a = (): number => b();\n",
      'src/model/cycle-b.ts': "import { a } from './cycle-a.js';\nexport const b = (): number => a();\n",
    });
    expect(result.stdout).toContain('no-cycles: src/model/cycle-a.ts');
    expect(result.status).not.toBe(0);
  });
});
