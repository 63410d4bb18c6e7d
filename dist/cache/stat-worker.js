import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { newStatWork, statChunks } from './stat-files.js';
// A second thread's share of a large list's stats (see stat-files.ts). Given a list file instead of
// work, it reads the names, makes the shared buffers, and sends them before it starts.
const data = workerData;
if ('listFile' in data) {
    let names;
    try {
        names = readFileSync(data.listFile, 'utf8');
    }
    catch {
        // No list to prefetch: the run stats its files itself.
    }
    if (names) {
        const work = newStatWork(data.root, names.split('\0'));
        const shared = { ...work, names };
        parentPort.postMessage(shared);
        statChunks(work);
    }
}
else {
    statChunks({ ...data, names: data.names.split('\0') });
}
parentPort.postMessage('stopped');
