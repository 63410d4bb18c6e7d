import { readFileSync, statSync } from 'node:fs';
import { sha256 } from './sha256.js';
/**
 * A file modified within this long of when its signature was recorded might have changed again within
 * the same clock tick, leaving the signature as it was; such a signature is not trusted.
 */
const RACY_MS = 2000;
function signatureOf(info) {
    return [info.size, info.mtimeMs, info.ctimeMs, info.ino];
}
export function sameSignature(a, b) {
    return a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
}
/** Whether a signature recorded at `recordedAt` (ms since the epoch) can stand for the content. */
export function trustedAt(signature, recordedAt) {
    return signature[1] < recordedAt - RACY_MS;
}
/** The signature of a regular file, or undefined when there is none. Synchronous: thousands of awaited stats cost seconds. */
export function signatureOfFile(absolute) {
    try {
        const info = statSync(absolute, { throwIfNoEntry: false });
        return info?.isFile() ? signatureOf(info) : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Content hashes with a stat shortcut: a file whose signature is unchanged since the index was written,
 * and was not racily new then, is not read again.
 */
export class FileHashes {
    previous;
    previousWrittenAt;
    fresh = new Map();
    constructor(previous = new Map(), previousWrittenAt = 0) {
        this.previous = previous;
        this.previousWrittenAt = previousWrittenAt;
    }
    static fromJson(json) {
        const data = json;
        if (typeof data?.writtenAt !== 'number' || typeof data.files !== 'object' || data.files === null)
            return new FileHashes();
        return new FileHashes(new Map(Object.entries(data.files)), data.writtenAt);
    }
    /** `statTime`: when the signatures were taken, by the file system's clock. */
    toJson(statTime) {
        return { writtenAt: statTime, files: Object.fromEntries(this.fresh) };
    }
    /**
     * The sha256 of a file's content, given its signature as a stat just gave it; undefined when it cannot
     * be read. Record files are known by repository name, so a checkout that moved keeps their hashes.
     */
    hash(name, absolute, signature) {
        const known = this.fresh.get(name);
        if (known)
            return known[4];
        const before = this.previous.get(name);
        if (before && trustedAt(signature, this.previousWrittenAt) && sameSignature(before, signature)) {
            this.fresh.set(name, before);
            return before[4];
        }
        let bytes;
        try {
            bytes = readFileSync(absolute);
        }
        catch {
            return undefined;
        }
        const digest = sha256(bytes);
        this.fresh.set(name, [...signature, digest]);
        return digest;
    }
}
