import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { validateRecords } from './schema/validate-records.js';
import { copyBatch, decodeBatch } from './batch-json.js';
import { loadRecordFile } from './load-records.js';
import { recordViews } from './record-views.js';
import { absolutePath } from './root.js';
/** Below this many bytes of records, starting workers costs more than it saves (measured: `npm run bench`). */
const PARALLEL_MIN_BYTES = 8 * 1024 * 1024;
/**
 * Loads and schema-validates the files, sharing them between this thread and worker threads when the
 * work is large enough to pay for them. `jobs` fixes the number of threads (1: this one only); undefined
 * picks it from the input size and the cores. This thread takes a share itself rather than wait, so
 * two cores cost one extra V8 instance, not two. Results come back in file order, so the output does
 * not depend on the thread count.
 */
export async function loadAndValidate(root, files, jobs, keep) {
    // Workers run the compiled modules; from source (tests) everything runs on this thread.
    if (jobs === 1 || files.length < 2 || !import.meta.url.endsWith('.js'))
        return loadOnThisThread(root, files, keep);
    const sizes = estimatedSizes(root, files);
    const total = sizes.reduce((sum, size) => sum + size, 0);
    const count = jobs ?? (total >= PARALLEL_MIN_BYTES ? Math.min(availableParallelism(), 4) : 1);
    if (count <= 1)
        return loadOnThisThread(root, files, keep);
    const [own = [], ...others] = splitBySize(files, sizes, total, Math.min(count, files.length));
    const workers = others.map((chunk) => runWorker(root, chunk, keep));
    const parts = await Promise.all([loadOnThisThread(root, own, keep), ...workers]);
    const result = emptyBatch();
    for (const part of parts)
        append(result, part);
    return result;
}
async function loadOnThisThread(root, files, keep) {
    const result = emptyBatch();
    await loadInBatches(root, files, keep, async (batch) => {
        // Views are copied off the parser's strings (batch-json.ts); whole records are kept as parsed.
        append(result, keep === 'records' ? batch : copyBatch(batch));
        // Lets workers' batches arrive meanwhile, rather than queue up until this thread is done.
        await new Promise(setImmediate);
    });
    return result;
}
function emptyBatch() {
    return { files: [], records: [], findings: [] };
}
/** Adds a batch's results to a run's, keeping file order. */
function append(into, batch) {
    into.files.push(...batch.files);
    into.records.push(...batch.records);
    into.findings.push(...batch.findings);
}
/**
 * Input bytes after which a worker hands its results over, so it never holds more than a batch. Small
 * enough that a batch's JSON text stays under V8's large-object size (128 KiB) and dies young on the
 * receiving thread instead of piling up in its old generation (measured at 100k claims: 10–15 MiB less
 * at peak than with 1 MiB batches).
 */
const BATCH_BYTES = 128 * 1024;
/**
 * Loads the files in order, handing over results about every BATCH_BYTES of input. Each file's records
 * are cut down to the view the run keeps (record-views.ts) as soon as the file is checked, so only one
 * file's whole records are alive at a time.
 */
export async function loadInBatches(root, files, keep, deliver) {
    let batch = emptyBatch();
    let bytes = 0;
    const viewOf = recordViews(keep);
    for (const file of files) {
        const loaded = loadRecordFile(root, file);
        const findings = [...loaded.findings, ...validateRecords(loaded.records)];
        batch.files.push(...loaded.files);
        const views = new Map(loaded.records.map((record) => [record, viewOf(record)]));
        batch.records.push(...views.values());
        for (const finding of findings)
            batch.findings.push(finding.record ? { ...finding, record: views.get(finding.record) ?? finding.record } : finding);
        bytes += loaded.bytes;
        if (bytes >= BATCH_BYTES) {
            await deliver(batch);
            batch = emptyBatch();
            bytes = 0;
        }
    }
    if (batch.files.length > 0)
        await deliver(batch);
}
/** Files statted to size the input; for more, an evenly spaced sample stands for the rest. */
const SIZE_SAMPLE = 1024;
/** Each file's size, or for many files the mean size of a sample: statting 100,000 files costs a quarter second. */
function estimatedSizes(root, files) {
    const sizeOf = (file) => statSync(absolutePath(root, file), { throwIfNoEntry: false })?.size ?? 0;
    if (files.length <= SIZE_SAMPLE)
        return files.map(sizeOf);
    let sampled = 0;
    for (let i = 0; i < SIZE_SAMPLE; i++)
        sampled += sizeOf(files[Math.floor((i * files.length) / SIZE_SAMPLE)]);
    return new Array(files.length).fill(sampled / SIZE_SAMPLE);
}
/** Contiguous chunks of about equal bytes, keeping file order. */
function splitBySize(files, sizes, total, parts) {
    const chunks = [[]];
    let filled = 0;
    files.forEach((file, i) => {
        if (filled >= (total / parts) * chunks.length && chunks.length < parts)
            chunks.push([]);
        chunks[chunks.length - 1].push(file);
        filled += sizes[i];
    });
    return chunks.filter((chunk) => chunk.length > 0);
}
/**
 * A worker's young generation, in MiB. Its objects live for one file, so V8's default (32 MiB on this
 * class of machine) only adds resident memory (measured at 100,000 claims: 25–30 MiB less at peak, no
 * slower).
 */
const WORKER_YOUNG_GENERATION_MB = 8;
function runWorker(root, files, keep) {
    return new Promise((resolve, reject) => {
        const worker = new Worker(new URL('./load-worker.js', import.meta.url), {
            workerData: { root, files, keep },
            resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
        });
        const result = emptyBatch();
        // Each batch carries its records and findings together, so a finding's `record` is still the same object.
        // Batches come in file order: their records take this thread's strings for the file names.
        worker.on('message', (text) => append(result, decodeBatch(text, files, result.files.length)));
        worker.once('error', reject);
        worker.once('messageerror', reject);
        worker.once('exit', (code) => {
            if (code === 0)
                resolve(result);
            else
                reject(new Error(`record loader worker exited with code ${code}`));
        });
    });
}
