import { createHash } from 'node:crypto';
/** Lower-case hexadecimal SHA-256 of a file's bytes, as records store it. */
export function sha256(bytes) {
    return createHash('sha256').update(bytes).digest('hex');
}
