import { parentPort, workerData } from 'node:worker_threads';
import { statChunks, type StatWork } from './stat-files.js';

// A second thread's share of a large list's stats (see stat-files.ts).
const shared = workerData as Omit<StatWork, 'names'> & { names: string };
statChunks({ ...shared, names: shared.names.split('\0') });
parentPort!.postMessage('stopped');
