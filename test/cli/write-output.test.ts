import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emit } from '../../src/commands/write-output.js';
import { UsageError } from '../../src/model/exit.js';
import type { Io } from '../../src/model/io.js';

function ioWith(stdout: Io['stdout'], cwd = tmpdir()): Io {
  return { stdout, stderr: () => undefined, cwd, env: {}, stdoutIsTTY: false, columns: undefined };
}

describe('emit', () => {
  it('asks for the next piece only once stdout has taken the last', async () => {
    let pulled = 0;
    function* pieces() {
      for (const piece of ['a', 'b', 'c']) {
        pulled++;
        yield piece;
      }
    }
    const written: string[] = [];
    let release: () => void = () => undefined;
    const full = new Promise<void>((resolve) => (release = resolve));
    const emitted = emit(
      ioWith((text) => (written.push(text), written.length === 1 ? full : undefined)),
      pieces(),
      undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect({ pulled, written }).toEqual({ pulled: 1, written: ['a'] });
    release();
    await emitted;
    expect({ pulled, written }).toEqual({ pulled: 3, written: ['a', 'b', 'c'] });
  });

  it('leaves the old file whole, and no temporary file, when the renderer fails part-way; the error stays internal', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'claims-emit-'));
    writeFileSync(path.join(cwd, 'report.md'), 'the old report\n');
    function* failing() {
      yield 'the first piece\n';
      throw new TypeError('renderer bug');
    }
    await expect(
      emit(
        ioWith(() => undefined, cwd),
        failing(),
        'report.md',
      ),
    ).rejects.toThrow(TypeError);
    expect(readFileSync(path.join(cwd, 'report.md'), 'utf8')).toBe('the old report\n');
    expect(readdirSync(cwd)).toEqual(['report.md']);
  });

  it('makes a file-system error a usage error that names the file', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'claims-emit-'));
    const failure = emit(
      ioWith(() => undefined, cwd),
      ['text'],
      'no-such-folder/report.md',
    );
    await expect(failure).rejects.toThrow(UsageError);
    await expect(failure).rejects.toThrow('cannot write no-such-folder/report.md: ENOENT');
  });
});
