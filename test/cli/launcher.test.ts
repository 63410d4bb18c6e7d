// Real processes: what the launcher (bin/claims.js → processIo) takes from the process and gives back to it — its environment, and its exit status.
import { describe, expect, it } from 'vitest';
import { runProcess } from '../support/cli.js';
import { makeRepo } from '../support/repo.js';

const INVERSE_BOLD = '\u001b[7m\u001b[1mdredging will start in May\u001b[22m\u001b[27m';

describe('the launcher', () => {
  it("passes the process's environment to the command: FORCE_COLOR turns colour on, NO_COLOR off, a pipe alone gets none", () => {
    const cwd = makeRepo({ fixture: 'report/story' });
    const show = (env: Record<string, string | undefined>) => runProcess(['show', 'dredging-may-start'], { cwd, env });
    const forced = show({ NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toContain(INVERSE_BOLD);
    for (const env of [{ NO_COLOR: undefined }, { NO_COLOR: '1', FORCE_COLOR: '1' }]) {
      const plain = show(env);
      expect(plain.code, plain.stderr).toBe(0);
      expect(plain.stdout, JSON.stringify(env)).not.toContain('\u001b');
    }
  });

  it('sets the exit status main returns: 0 clean, 1 findings, 2 a usage error', () => {
    expect(runProcess(['validate'], { cwd: makeRepo({ fixture: 'good' }) }).code).toBe(0);
    expect(runProcess(['validate'], { cwd: makeRepo({ fixture: 'bad/bad-enum' }) }).code).toBe(1);
    const usage = runProcess(['validate', '--bogus'], { cwd: makeRepo({ fixture: 'good' }) });
    expect(usage).toMatchObject({ code: 2, stdout: '' });
    expect(usage.stderr).toContain('Run `claims --help` for usage.');
  });
});
