import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';
/**
 * Reads a regular file without following a final symlink and without blocking on FIFOs or devices;
 * the size cap is checked with fstat before a byte is read. Synchronous on purpose: reading thousands
 * of small files one after another, a round trip through the thread pool per call would dominate.
 */
export function readRegularFile(file, maxBytes) {
    if (file.includes('\0'))
        return { ok: false, reason: 'path contains a NUL character', code: 'unreadable' };
    let descriptor;
    try {
        descriptor = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { ok: false, reason: 'file not found', code: 'missing' };
        if (code === 'ELOOP')
            return { ok: false, reason: 'file is a symbolic link', code: 'not-file' };
        return { ok: false, reason: `cannot open file (${code ?? 'error'})`, code: 'unreadable' };
    }
    try {
        const stat = fstatSync(descriptor);
        if (!stat.isFile())
            return { ok: false, reason: 'not a regular file', code: 'not-file' };
        if (stat.size > maxBytes)
            return { ok: false, reason: `file is ${stat.size} bytes, over the ${maxBytes}-byte limit`, code: 'too-large' };
        const bytes = Buffer.allocUnsafe(stat.size);
        let filled = 0;
        while (filled < stat.size) {
            const bytesRead = readSync(descriptor, bytes, filled, stat.size - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        return { ok: true, bytes: bytes.subarray(0, filled) };
    }
    catch (error) {
        return { ok: false, reason: `cannot read file (${error.code ?? 'error'})`, code: 'unreadable' };
    }
    finally {
        closeSync(descriptor);
    }
}
const SEGMENT = /^[A-Za-z0-9._-]+$/;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
/**
 * Resolves a path a record names (relative to the record's directory) to an absolute path inside the
 * repository, refusing on syntax first (the same rules on every OS), then lexically, then by realpath,
 * so neither `..`, absolute paths nor symlinks can lead outside the tree.
 */
export function resolveInsideRepository(root, recordDir, named) {
    const syntax = pathSyntaxProblem(named);
    if (syntax)
        return { ok: false, reason: syntax };
    const rootReal = realpathOr(root);
    const absolute = path.resolve(recordDir, ...named.split('/'));
    if (!isInside(path.resolve(root), absolute))
        return { ok: false, reason: 'path leads outside the repository' };
    let real;
    try {
        real = realpathSync(absolute);
    }
    catch {
        // Missing files are the caller's concern; the lexical check above already held.
        return { ok: true, absolute };
    }
    if (!isInside(rootReal, real))
        return { ok: false, reason: 'path leads outside the repository through a symbolic link' };
    return { ok: true, absolute: real };
}
function pathSyntaxProblem(named) {
    if (named.length === 0)
        return 'path is empty';
    if (named.length > 1024)
        return 'path is longer than 1024 characters';
    if (named.includes('\0'))
        return 'path contains a NUL character';
    if (named.startsWith('/') || named.includes('\\') || named.includes(':'))
        return 'path must be relative, with "/" separators';
    for (const segment of named.split('/')) {
        if (segment === '' || segment === '.' || segment === '..')
            return 'path must not contain empty, "." or ".." segments';
        if (!SEGMENT.test(segment))
            return 'path segments may only hold letters, digits, ".", "_" and "-"';
        if (segment.startsWith('-') || segment.endsWith('.') || WINDOWS_DEVICE.test(segment))
            return `path segment "${segment}" is not portable`;
    }
    return undefined;
}
function isInside(root, candidate) {
    return candidate === root || candidate.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}
function realpathOr(file) {
    try {
        return realpathSync(file);
    }
    catch {
        return path.resolve(file);
    }
}
