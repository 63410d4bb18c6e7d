import path from 'node:path';
import { UsageError } from '../exit.js';
import type { Io } from '../io.js';
import { writeFileAtomically } from '../load/atomic-write.js';
import type { Rendered } from '../render/rendered.js';

/** Sends a rendered output to stdout, piece by piece as it is made, or writes it to a file atomically. */
export async function emit(io: Io, rendered: Rendered, out: string | undefined): Promise<void> {
  if (out === undefined || out === '-') {
    for (const piece of typeof rendered === 'string' ? [rendered] : rendered) await io.stdout(piece);
    return;
  }
  try {
    await writeFileAtomically(path.resolve(io.cwd, out), rendered);
  } catch (error) {
    throw new UsageError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
