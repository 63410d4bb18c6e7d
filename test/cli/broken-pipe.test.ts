import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/repo.js';

describe('a reader that stops early', () => {
  it('ends the run quietly, as `claims report --format html | head -c 10` does', async () => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'bin', 'claims.js'), 'report', '--format', 'html'], { cwd: projectRoot, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|internal error|at .*\.js/);
    expect(code).toBe(0);
  });
});
