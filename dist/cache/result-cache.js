import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { repoPath } from '../load/root.js';
import { buildId } from './build-id.js';
import { RunCache } from './run-cache.js';
/**
 * The result cache of one call of `claims`: the repository, the call (working directory and arguments)
 * and the build are fixed when it is opened; a run asks it for a result once.
 */
export class ResultCache {
    root;
    build;
    runs;
    constructor(root, build, runs) {
        this.root = root;
        this.build = build;
        this.runs = runs;
    }
    /**
     * Opened before the record files are listed, as it starts at once on the stats a hit needs (see
     * RunCache.forCall). Undefined when off: with `--no-cache`, and when running from source (no build id).
     */
    static open(root, cwd, paths, enabled) {
        if (!enabled || buildId === undefined)
            return undefined;
        return new ResultCache(root, buildId, RunCache.forCall(root, JSON.stringify([repoPath(root, cwd), paths])));
    }
    /** A config this build checked before, by its bytes; else `check`'s, kept for next time. */
    static async config(root, bytes, check) {
        return buildId === undefined ? check() : new RunCache(root).derived('configs', buildId, bytes, check);
    }
    /**
     * The stored result of an identical earlier run (same build, `settings` and record file contents, and
     * unchanged dependencies), else `compute`'s, stored for next time. `files`: the record files, sorted.
     */
    async result(settings, files, compute) {
        const key = await this.runs.key({ settings: JSON.stringify([this.build, settings]), files });
        if (key !== undefined) {
            const hit = await this.runs.lookup(key);
            if (hit && (hit.gitHead === undefined || hit.gitHead === (await gitHead(this.root))))
                return hit.result;
        }
        const { result, dependencies } = await compute();
        if (key !== undefined) {
            const stored = { result, gitHead: dependencies.usedGit ? await gitHead(this.root) : undefined };
            await this.runs.store(key, dependencies.files, stored);
        }
        return result;
    }
}
async function gitHead(root) {
    try {
        return (await promisify(execFile)('git', ['rev-parse', 'HEAD'], { cwd: root })).stdout.trim();
    }
    catch {
        return 'none';
    }
}
