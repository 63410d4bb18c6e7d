import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../exit.js';
import type { Io } from '../io.js';

/**
 * Sends a rendered output to stdout, or writes it to a file atomically (a temporary file beside it,
 * then rename), so a reader never sees half a report and a failed run leaves the old file intact.
 */
export async function emit(io: Io, text: string, out: string | undefined): Promise<void> {
  if (out === undefined || out === '-') {
    io.stdout(text);
    return;
  }
  const target = path.resolve(io.cwd, out);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new UsageError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
