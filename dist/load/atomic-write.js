import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
/**
 * Writes a file atomically: a temporary file beside the target, then a rename, so a reader (or a run
 * racing this one) never sees half a file, and a failed write leaves the old file intact. The content
 * may come in pieces, each written as it is made.
 */
export async function writeFileAtomically(target, content) {
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        await writeFile(temporary, content, { flag: 'wx' });
        await rename(temporary, target);
    }
    catch (error) {
        await rm(temporary, { force: true });
        throw error;
    }
}
