import { parentPort, workerData } from 'node:worker_threads';
import { loadOnThisThread, type Keep } from './parallel.js';

// One share of the files, loaded and schema-checked off the main thread (see parallel.ts).
const { root, files, keep } = workerData as { root: string; files: string[]; keep: Keep };
parentPort!.postMessage(await loadOnThisThread(root, files, keep));
