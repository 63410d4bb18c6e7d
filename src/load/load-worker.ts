import { parentPort, workerData } from 'node:worker_threads';
import { loadOnThisThread } from './parallel.js';

// One share of the files, loaded and schema-checked off the main thread (see parallel.ts).
const { root, files } = workerData as { root: string; files: string[] };
parentPort!.postMessage(await loadOnThisThread(root, files));
