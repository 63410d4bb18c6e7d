import { readFile } from 'node:fs/promises';
import { writeFileAtomically } from './atomic-write.js';
/** The file changed on disk between the read an edit was made from and the write: nothing was written. */
export class ChangedSinceReadError extends Error {
    file;
    constructor(file) {
        super(`${file} changed since it was read; nothing was written to it: run the command again`);
        this.file = file;
    }
}
/**
 * Writes `next` over `file` atomically, only if the file still holds `read` (the text the edit was made
 * from; `undefined` for a file that must not exist yet). A concurrent editor's save is never lost.
 */
export async function writeIfUnchanged(file, read, next) {
    const current = await readFile(file, 'utf8').catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    });
    if (current !== read)
        throw new ChangedSinceReadError(file);
    await writeFileAtomically(file, next);
}
