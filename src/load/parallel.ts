import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { validateRecords } from '../check/schema/validate-records.js';
import { loadRecordFiles, type LoadedFiles } from './load-records.js';
import { structuralView } from './structural-view.js';

/** Below this many bytes of records, starting workers costs more than it saves (measured: `npm run bench`). */
const PARALLEL_MIN_BYTES = 8 * 1024 * 1024;

/** Parsed and schema-checked records of a set of files, with the findings of both steps. */
export type CheckedFiles = LoadedFiles;

/**
 * Loads and schema-validates the files, on worker threads when the work is large enough to pay for
 * them. `jobs` fixes the worker count (1: none); undefined picks one from the input size and the cores.
 * Results come back in file order, so the output does not depend on the worker count.
 */
export async function loadAndValidate(root: string, files: readonly string[], jobs: number | undefined, keep: Keep): Promise<CheckedFiles> {
  // Workers run the compiled modules; from source (tests) everything runs on this thread.
  if (jobs === 1 || files.length < 2 || !import.meta.url.endsWith('.js')) return loadOnThisThread(root, files, keep);
  const sizes = files.map((file) => statSync(file, { throwIfNoEntry: false })?.size ?? 0);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const count = jobs ?? (total >= PARALLEL_MIN_BYTES ? Math.min(availableParallelism(), 4) : 1);
  if (count <= 1) return loadOnThisThread(root, files, keep);
  const chunks = splitBySize(files, sizes, total, Math.min(count, files.length));
  const parts = await Promise.all(chunks.map((chunk) => runWorker(root, chunk, keep)));
  return { files: parts.flatMap((part) => part.files), records: parts.flatMap((part) => part.records), findings: parts.flatMap((part) => part.findings) };
}

/** Whole records (verify, the editors' views), or only what the structural rules read (validate). */
export type Keep = 'records' | 'structure';

export async function loadOnThisThread(root: string, files: readonly string[], keep: Keep): Promise<CheckedFiles> {
  if (keep === 'records') {
    const loaded = await loadRecordFiles(root, files);
    return { files: loaded.files, records: loaded.records, findings: [...loaded.findings, ...validateRecords(loaded.records)] };
  }
  // File by file, so only one file's whole records are alive at a time.
  const result: CheckedFiles = { files: [], records: [], findings: [] };
  for (const file of files) {
    const loaded = await loadRecordFiles(root, [file]);
    const findings = [...loaded.findings, ...validateRecords(loaded.records)];
    const views = new Map(loaded.records.map((record) => [record, structuralView(record)]));
    result.files.push(...loaded.files);
    result.records.push(...views.values());
    for (const finding of findings) result.findings.push(finding.record ? { ...finding, record: views.get(finding.record) ?? finding.record } : finding);
  }
  return result;
}

/** Contiguous chunks of about equal bytes, keeping file order. */
function splitBySize(files: readonly string[], sizes: readonly number[], total: number, parts: number): string[][] {
  const chunks: string[][] = [[]];
  let filled = 0;
  files.forEach((file, i) => {
    if (filled >= (total / parts) * chunks.length && chunks.length < parts) chunks.push([]);
    chunks[chunks.length - 1]!.push(file);
    filled += sizes[i]!;
  });
  return chunks.filter((chunk) => chunk.length > 0);
}

function runWorker(root: string, files: readonly string[], keep: Keep): Promise<CheckedFiles> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.js', import.meta.url), { workerData: { root, files, keep } });
    // One message carries records and findings together, so each finding's `record` is still the same object.
    worker.once('message', (result: CheckedFiles) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`record loader worker exited with code ${code}`));
    });
  });
}
