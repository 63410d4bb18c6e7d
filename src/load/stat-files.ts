import { Worker } from 'node:worker_threads';
import { signatureOfFile } from './file-hashes.js';
import { absolutePath } from './root.js';

/**
 * From this many files a second thread takes a share of the stats: starting it costs about as much as
 * statting 15,000 files, and one `stat` per file is most of a warm run over a large archive.
 */
const PARALLEL_MIN_FILES = 20_000;
/** Files a thread claims at a time. */
const CHUNK_FILES = 1024;

/** What the threads share: the names, four numbers per file, and which chunks are claimed and done. */
export interface StatWork {
  root: string;
  names: readonly string[];
  /** Size, mtime, ctime and inode of each file, in order. */
  signatures: Float64Array;
  /** [next chunk to claim, 1 once some file had no signature]. */
  control: Int32Array;
  /** 1 for each chunk whose signatures are all written. */
  done: Int32Array;
}

/**
 * The signatures (size, mtime, ctime, inode) of the named files as one buffer, four numbers per file;
 * undefined when some file is not a regular file. A large list is shared with a worker thread, the two
 * claiming chunks from a shared counter; this thread does any chunk the worker left undone, so the
 * result never depends on the worker.
 */
export async function signaturesOf(root: string, names: readonly string[]): Promise<Float64Array | undefined> {
  const chunks = Math.ceil(names.length / CHUNK_FILES);
  const work: StatWork = {
    root,
    names,
    signatures: new Float64Array(new SharedArrayBuffer(names.length * 4 * Float64Array.BYTES_PER_ELEMENT)),
    control: new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT)),
    done: new Int32Array(new SharedArrayBuffer(chunks * Int32Array.BYTES_PER_ELEMENT)),
  };
  // Workers run the compiled modules; from source (tests) everything runs on this thread.
  const helper = names.length >= PARALLEL_MIN_FILES && import.meta.url.endsWith('.js') ? startHelper(work) : undefined;
  statChunks(work);
  if (helper) {
    if (Atomics.load(work.control, 1) === 0 && work.done.some((flag) => flag === 0)) await helper.stopped;
    // A helper still starting finds nothing left to claim; the process need not wait for it.
    helper.worker.unref();
    for (let chunk = 0; chunk < chunks && Atomics.load(work.control, 1) === 0; chunk++) {
      if (Atomics.load(work.done, chunk) === 0) statChunk(work, chunk);
    }
  }
  return Atomics.load(work.control, 1) === 0 ? work.signatures : undefined;
}

/** Claims and stats chunks until none is left or some file has no signature. */
export function statChunks(work: StatWork): void {
  const chunks = work.done.length;
  for (let chunk = Atomics.add(work.control, 0, 1); chunk < chunks && Atomics.load(work.control, 1) === 0; chunk = Atomics.add(work.control, 0, 1)) {
    statChunk(work, chunk);
  }
}

function statChunk(work: StatWork, chunk: number): void {
  const end = Math.min(work.names.length, (chunk + 1) * CHUNK_FILES);
  for (let index = chunk * CHUNK_FILES; index < end; index++) {
    const signature = signatureOfFile(absolutePath(work.root, work.names[index]!));
    if (!signature) {
      Atomics.store(work.control, 1, 1);
      return;
    }
    work.signatures.set(signature, index * 4);
  }
  Atomics.store(work.done, chunk, 1);
}

/** A worker that claims chunks too; `stopped` resolves once it has left its loop, however it left it. */
function startHelper(work: StatWork): { worker: Worker; stopped: Promise<void> } {
  const worker = new Worker(new URL('./stat-worker.js', import.meta.url), {
    // One string crosses faster than 100,000.
    workerData: { root: work.root, names: work.names.join('\0'), signatures: work.signatures, control: work.control, done: work.done },
  });
  const stopped = new Promise<void>((resolve) => {
    worker.once('message', () => resolve());
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
  });
  return { worker, stopped };
}
