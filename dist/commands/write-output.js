import path from 'node:path';
import { UsageError } from '../model/exit.js';
import { writeFileAtomically } from '../load/atomic-write.js';
import { piecesOf } from '../render/rendered.js';
/**
 * Sends a rendered output to stdout, piece by piece as it is made, or writes it to a file atomically.
 * Only a file-system error is the user's to fix; a renderer's own error stays an internal one.
 */
export async function emit(io, rendered, out) {
    if (out === undefined || out === '-') {
        for (const piece of piecesOf(rendered))
            await io.stdout(piece);
        return;
    }
    try {
        await writeFileAtomically(path.resolve(io.cwd, out), rendered);
    }
    catch (error) {
        const code = error.code;
        if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code))
            throw error;
        throw new UsageError(`cannot write ${out}: ${code}`);
    }
}
