import { parentPort, workerData } from 'node:worker_threads';
import { encodeBatch } from './batch-json.js';
import { loadInBatches } from './parallel.js';
// One share of the files, loaded and schema-checked off the main thread (see parallel.ts).
const { root, files, keep } = workerData;
await loadInBatches(root, files, keep, (batch) => parentPort.postMessage(encodeBatch(batch)));
