import path from 'node:path';
import { UsageError } from '../exit.js';
import type { Io } from '../io.js';
import { writeFileAtomically } from '../load/atomic-write.js';

/** Sends a rendered output to stdout, or writes it to a file atomically. */
export async function emit(io: Io, text: string, out: string | undefined): Promise<void> {
  if (out === undefined || out === '-') {
    io.stdout(text);
    return;
  }
  try {
    await writeFileAtomically(path.resolve(io.cwd, out), text);
  } catch (error) {
    throw new UsageError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
