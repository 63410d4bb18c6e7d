import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from '../load/atomic-write.js';
import { FileHashes, sameSignature, signatureOfFile, trustedAt } from '../load/file-hashes.js';
import { absolutePath } from '../load/root.js';
import { resolveInsideRepository } from '../load/safe-read.js';
import { sharesStats, signaturesOf, StatPrefetch } from './stat-files.js';
import { sha256 } from '../load/sha256.js';
/** Where the cache lives, under the repository root; safe to delete at any time. */
export const CACHE_DIR = '.claims-cache';
/** Bumped whenever what is stored changes shape. */
const CACHE_FORMAT = 3;
/** Entries kept of each kind; older ones are removed. */
const KEPT_ENTRIES = 20;
/** Lists of record files kept: each names every file of a large archive (5 MB for 100,000 files). */
const KEPT_LISTS = 4;
function sameOptionalSignature(a, b) {
    return a === undefined || b === undefined ? a === b : sameSignature(a, b);
}
/**
 * Whole-run results keyed by content: the key is a hash of the settings and of every record file's
 * sha256, so a change in any file — including a Source another file refers to — misses. Files the run
 * read besides records (story texts, evidence) are re-checked on every hit.
 *
 * Computing that key means hashing every file, or at least parsing the index of their hashes. A second
 * key over the files' signatures (size, mtime, ctime, inode) maps to the content key directly when no
 * file has changed since it was recorded, so an unchanged archive costs one stat per file. A signature
 * is recorded only when no file was racily new (see file-hashes.ts), as git does for its index.
 *
 * Entries are written to a temporary file and renamed, so racing runs never see half an entry; anything
 * unreadable is a miss.
 */
export class RunCache {
    root;
    call;
    hashes;
    /** When the statting of record files began, by the file system's clock; signatures are judged against it. */
    statTime = 0;
    /** Whether forCall() found a list kept by this call last time. */
    listSeen = false;
    /** A worker statting the files this call listed last time, started by forCall(). */
    prefetch;
    /** The record files and their signatures when the key was computed. */
    checked;
    /** The signature key of this run's files, to record once the content key is known to be stored. */
    pendingSignatureKey;
    /**
     * `call`: what picks the record files (working directory and arguments). A cache given one remembers
     * a large run's file list under it, for the next such call to prefetch (see forCall).
     */
    constructor(root, call) {
        this.root = root;
        this.call = call;
    }
    /**
     * The cache for a run whose record files `call` picks. When the same call kept a list last time, it
     * takes the time at once and starts statting those files on a worker while the caller walks for this
     * run's files: on an unchanged large archive, most of the stats a hit needs are then done when key() asks.
     */
    static forCall(root, call) {
        const cache = new RunCache(root, call);
        const listFile = cache.listFile;
        // Without a list there is nothing to prefetch, and a run that fails before key() leaves no cache folder behind.
        if (listFile !== undefined && existsSync(listFile)) {
            cache.listSeen = true;
            cache.statTime = cache.filesystemNow();
            cache.prefetch = StatPrefetch.start(root, listFile);
        }
        return cache;
    }
    get dir() {
        return path.join(this.root, CACHE_DIR);
    }
    get listFile() {
        return this.call === undefined ? undefined : path.join(this.dir, 'lists', sha256(Buffer.from(this.call)));
    }
    async key(key) {
        // Taken before any stat, so that a file changed meanwhile counts as racily new.
        this.statTime ||= this.filesystemNow();
        const { files } = key;
        const joined = files.join('\0');
        // One buffer of raw doubles, hashed as is: turning 400,000 numbers into text costs more than the
        // stats themselves, and a tuple per file would be kept for the whole run.
        const signatures = await signaturesOf(this.root, files, this.prefetch, joined);
        await this.rememberFiles(files.length, joined);
        if (!signatures)
            return undefined;
        this.checked = { files, signatures };
        const signatureKey = createHash('sha256')
            .update(`${CACHE_FORMAT}\0${key.settings}\0${joined}\0`)
            .update(new Uint8Array(signatures.buffer))
            .digest('hex');
        const known = await readFile(path.join(this.dir, 'signatures', signatureKey), 'utf8').catch(() => '');
        if (/^[0-9a-f]{64}$/.test(known))
            return known;
        const hashes = await this.fileHashes();
        const byContent = createHash('sha256').update(`${CACHE_FORMAT}\0${key.settings}\0`);
        for (let index = 0; index < files.length; index++) {
            const sha256 = hashes.hash(files[index], absolutePath(this.root, files[index]), this.checkedSignature(index));
            if (sha256 === undefined)
                return undefined;
            byContent.update(`${files[index]}\0${sha256}\0`);
        }
        this.pendingSignatureKey = signatureKey;
        return byContent.digest('hex');
    }
    /**
     * Keeps the file list of a run large enough to share its stats, for the next run of the same call to
     * prefetch; any other run's is dropped. A list the prefetch matched is only touched, so that pruning
     * keeps the lists in use.
     */
    async rememberFiles(count, joined) {
        const listFile = this.listFile;
        if (listFile === undefined)
            return;
        try {
            if (this.prefetch?.matched) {
                const now = new Date();
                await utimes(listFile, now, now);
                return;
            }
            if (!sharesStats(count)) {
                // Nothing to remove unless forCall() saw a list: a small run's start-up does no needless file-system call.
                if (this.listSeen)
                    await rm(listFile, { force: true });
                return;
            }
            await mkdir(path.dirname(listFile), { recursive: true });
            await writeFileAtomically(listFile, joined);
            await this.prune('lists', KEPT_LISTS);
        }
        catch {
            // A cache that cannot be written only costs speed.
        }
    }
    /** The signature key() took of its index-th record file. */
    checkedSignature(index) {
        const numbers = this.checked.signatures;
        return [numbers[index * 4], numbers[index * 4 + 1], numbers[index * 4 + 2], numbers[index * 4 + 3]];
    }
    /** The stored result for a key, if every dependency still has the state it had. */
    async lookup(key) {
        let entry;
        try {
            entry = JSON.parse(await readFile(path.join(this.dir, 'runs', `${key}.json`), 'utf8'));
        }
        catch {
            return undefined;
        }
        for (const dependency of entry.dependencies) {
            if (!this.unchanged(dependency, entry.writtenAt))
                return undefined;
        }
        // Found by content hashes: next time the signatures can find it.
        await this.recordSignatures(key).catch(() => undefined);
        return entry.result;
    }
    unchanged(dependency, writtenAt) {
        if (dependency.signature && trustedAt(dependency.signature, writtenAt)) {
            const resolved = resolveInsideRepository(this.root, dependency.base, dependency.named);
            const signature = resolved.ok ? signatureOfFile(resolved.absolute) : undefined;
            if (signature && sameSignature(signature, dependency.signature))
                return true;
        }
        return this.dependency(dependency.base, dependency.named).state === dependency.state;
    }
    /** The state of a file a record names, resolved with the same containment rules as verify uses. */
    dependency(base, named) {
        const resolved = resolveInsideRepository(this.root, base, named);
        if (!resolved.ok)
            return { base, named, state: `refused:${resolved.reason}` };
        const signature = signatureOfFile(resolved.absolute);
        let bytes;
        try {
            bytes = signature && readFileSync(resolved.absolute);
        }
        catch {
            bytes = undefined;
        }
        if (!signature || !bytes)
            return { base, named, state: 'unreadable' };
        return { base, named, state: `sha256:${sha256(bytes)}`, signature };
    }
    /** A file's state now; what the run hashed stands when the file has kept its signature since (store() checks). */
    stateAfter(file) {
        if (file.sha256 === undefined)
            return this.dependency(file.base, file.named);
        const resolved = resolveInsideRepository(this.root, file.base, file.named);
        const signature = resolved.ok ? signatureOfFile(resolved.absolute) : undefined;
        return { base: file.base, named: file.named, state: `sha256:${file.sha256}`, ...(signature ? { signature } : {}) };
    }
    /**
     * Stores a run's result under its key, with the files it read besides records as they were just before
     * it read them. Nothing is stored if any of those files or any record file changed meanwhile: the
     * result would then belong to neither version.
     */
    async store(key, read, result) {
        if (!this.checked)
            return;
        // The same stats as key() took, on the same threads, compared as one buffer.
        const { files, signatures } = this.checked;
        const now = await signaturesOf(this.root, files);
        if (!now || now.some((value, index) => value !== signatures[index]))
            return;
        const dependencies = read.map((file) => this.stateAfter(file));
        if (dependencies.some((dependency, index) => !sameOptionalSignature(dependency.signature, read[index].signature)))
            return;
        try {
            await mkdir(path.join(this.dir, 'runs'), { recursive: true });
            const entry = { writtenAt: this.statTime, dependencies, result };
            await writeFileAtomically(path.join(this.dir, 'runs', `${key}.json`), JSON.stringify(entry));
            await this.prune('runs');
            if (this.hashes)
                await writeFileAtomically(path.join(this.dir, 'files.json'), JSON.stringify(this.hashes.toJson(this.statTime)));
            await this.recordSignatures(key);
        }
        catch {
            // A cache that cannot be written only costs speed.
        }
    }
    /** Maps this run's signature key to its content key, unless some file was racily new when statted. */
    async recordSignatures(key) {
        if (!this.pendingSignatureKey || !this.checked?.files.every((_file, index) => trustedAt(this.checkedSignature(index), this.statTime)))
            return;
        await mkdir(path.join(this.dir, 'signatures'), { recursive: true });
        await writeFileAtomically(path.join(this.dir, 'signatures', this.pendingSignatureKey), key);
        await this.prune('signatures');
        this.pendingSignatureKey = undefined;
    }
    /**
     * Now, by the clock that stamps files in the repository, read back from a file written here: a network
     * mount's server may keep another time than this machine. Also creates the cache folder.
     */
    filesystemNow() {
        try {
            mkdirSync(this.dir, { recursive: true });
            writeFileSync(path.join(this.dir, '.gitignore'), '*\n');
            return statSync(path.join(this.dir, '.gitignore')).mtimeMs;
        }
        catch {
            return Date.now();
        }
    }
    async fileHashes() {
        if (!this.hashes) {
            try {
                this.hashes = FileHashes.fromJson(JSON.parse(await readFile(path.join(this.dir, 'files.json'), 'utf8')));
            }
            catch {
                this.hashes = new FileHashes();
            }
        }
        return this.hashes;
    }
    /**
     * A value this build derives from some bytes, stored under their hash: a checked config, so a run
     * whose config has not changed loads neither the YAML parser nor the validators to read it. `derive`
     * runs only on a miss; if it throws, nothing is stored.
     */
    async derived(kind, settings, bytes, derive) {
        const key = createHash('sha256').update(`${CACHE_FORMAT}\0${settings}\0`).update(bytes).digest('hex');
        const file = path.join(this.dir, kind, `${key}.json`);
        try {
            return JSON.parse(await readFile(file, 'utf8'));
        }
        catch {
            // A miss: derive it.
        }
        const value = await derive();
        try {
            await mkdir(path.join(this.dir, kind), { recursive: true });
            await writeFileAtomically(file, JSON.stringify(value));
            await this.prune(kind);
        }
        catch {
            // A cache that cannot be written only costs speed.
        }
        return value;
    }
    /** Keeps the most recent entries only, so the cache does not grow without bound. */
    async prune(kind, kept = KEPT_ENTRIES) {
        const dir = path.join(this.dir, kind);
        const entries = await Promise.all((await readdir(dir)).map(async (name) => ({ name, mtime: (await stat(path.join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0 })));
        entries.sort((a, b) => b.mtime - a.mtime);
        for (const entry of entries.slice(kept))
            await rm(path.join(dir, entry.name), { force: true });
    }
}
