import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { signatureOfFile } from '../load/file-hashes.js';
import { absolutePath } from '../load/root.js';
/**
 * From this many files a second thread takes a share of the stats: starting it costs about as much as
 * statting 15,000 files, and one `stat` per file is most of a warm run over a large archive.
 */
const PARALLEL_MIN_FILES = 20_000;
/** Files a thread claims at a time. */
const CHUNK_FILES = 1024;
/** A second thread needs a second core; workers run the compiled modules, so from source (tests) everything runs on this thread. */
const WORKERS_AVAILABLE = availableParallelism() > 1 && import.meta.url.endsWith('.js');
/** Whether this many files get a second thread, and so whether a list of them is worth keeping for a prefetch. */
export function sharesStats(files) {
    return WORKERS_AVAILABLE && files >= PARALLEL_MIN_FILES;
}
export function newStatWork(root, names) {
    const chunks = Math.ceil(names.length / CHUNK_FILES);
    return {
        root,
        names,
        signatures: new Float64Array(new SharedArrayBuffer(names.length * 4 * Float64Array.BYTES_PER_ELEMENT)),
        control: new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT)),
        done: new Int32Array(new SharedArrayBuffer(chunks * Int32Array.BYTES_PER_ELEMENT)),
    };
}
/**
 * A worker started before this run has listed its record files, statting the files an earlier run with
 * the same arguments listed (kept by the result cache). The walk and the worker's start then overlap the
 * stats instead of preceding them: on an unchanged archive the list is the same, and key() finds most
 * signatures taken. A list that differs in any name is dropped whole, so the result never depends on it.
 */
export class StatPrefetch {
    helper;
    started;
    /** Whether take() found the worker statting the same list. */
    matched = false;
    constructor(helper, 
    /** The worker's list and buffers once it has read the list; undefined if it could not. */
    started) {
        this.helper = helper;
        this.started = started;
    }
    /** Undefined where no second thread is used (see sharesStats). A list the worker cannot read is no list. */
    static start(root, listFile) {
        if (!WORKERS_AVAILABLE)
            return undefined;
        const helper = startHelper({ root, listFile });
        // Until this run asks for the signatures, the worker must not keep the process alive.
        helper.worker.unref();
        const started = new Promise((resolve) => {
            helper.worker.once('message', (message) => resolve(message === 'stopped' ? undefined : message));
            void helper.stopped.then(() => resolve(undefined));
        });
        return new StatPrefetch(helper, started);
    }
    /** The worker and its work when it is statting exactly `names`, joined by NUL; otherwise it is stopped. */
    async take(names, joined) {
        this.helper.worker.ref();
        const shared = await this.started;
        if (shared?.names !== joined) {
            await this.helper.worker.terminate();
            return undefined;
        }
        this.matched = true;
        return { work: { ...shared, names }, helper: this.helper };
    }
}
/**
 * The signatures (size, mtime, ctime, inode) of the named files as one buffer, four numbers per file;
 * undefined when some file is not a regular file. A large list is shared with a worker thread (the
 * prefetch's, when it is statting the same list), the two claiming chunks from a shared counter; this
 * thread does any chunk the worker left undone, so the result never depends on the worker. `joined`:
 * the names joined by NUL, when the caller has them.
 */
export async function signaturesOf(root, names, prefetch, joined = names.join('\0')) {
    const prefetched = await prefetch?.take(names, joined);
    const work = prefetched?.work ?? newStatWork(root, names);
    const helper = prefetched?.helper ?? (sharesStats(names.length) ? startHelper({ ...work, names: joined }) : undefined);
    statChunks(work);
    if (helper) {
        if (Atomics.load(work.control, 1) === 0 && work.done.some((_flag, chunk) => Atomics.load(work.done, chunk) === 0))
            await helper.stopped;
        // With every chunk done the helper has nothing left to claim (one still starting included): the process need not wait for it.
        helper.worker.unref();
        for (let chunk = 0; chunk < work.done.length && Atomics.load(work.control, 1) === 0; chunk++) {
            if (Atomics.load(work.done, chunk) === 0)
                statChunk(work, chunk);
        }
    }
    return Atomics.load(work.control, 1) === 0 ? work.signatures : undefined;
}
/** Claims and stats chunks until none is left or some file has no signature. */
export function statChunks(work) {
    const chunks = work.done.length;
    for (let chunk = Atomics.add(work.control, 0, 1); chunk < chunks && Atomics.load(work.control, 1) === 0; chunk = Atomics.add(work.control, 0, 1)) {
        statChunk(work, chunk);
    }
}
function statChunk(work, chunk) {
    const end = Math.min(work.names.length, (chunk + 1) * CHUNK_FILES);
    for (let index = chunk * CHUNK_FILES; index < end; index++) {
        const signature = signatureOfFile(absolutePath(work.root, work.names[index]));
        if (!signature) {
            Atomics.store(work.control, 1, 1);
            return;
        }
        work.signatures.set(signature, index * 4);
    }
    Atomics.store(work.done, chunk, 1);
}
function startHelper(workerData) {
    const worker = new Worker(new URL('./stat-worker.js', import.meta.url), { workerData });
    const stopped = new Promise((resolve) => {
        worker.on('message', (message) => {
            if (message === 'stopped')
                resolve();
        });
        worker.once('error', () => resolve());
        worker.once('exit', () => resolve());
    });
    return { worker, stopped };
}
