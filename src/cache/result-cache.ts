import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { NamedFile } from '../load/named-files.js';
import { repoPath } from '../load/root.js';
import { buildId } from './build-id.js';
import { RunCache } from './run-cache.js';

/** What a run produced and what it read besides the record files: the result is stored, the reads re-checked on every hit. */
export interface Computed<T> {
  result: T;
  dependencies: { files: readonly NamedFile[]; usedGit: boolean };
}

interface Stored<T> {
  result: T;
  /** HEAD when the run consulted git history, which the result then depends on. */
  gitHead: string | undefined;
}

/**
 * The result cache of one call of `claims`: the repository, the call (working directory and arguments)
 * and the build are fixed when it is opened; a run asks it for a result once.
 */
export class ResultCache {
  private constructor(
    private readonly root: string,
    private readonly build: string,
    private readonly runs: RunCache,
  ) {}

  /**
   * Opened before the record files are listed, as it starts at once on the stats a hit needs (see
   * RunCache.forCall). Undefined when off: with `--no-cache`, and when running from source (no build id).
   */
  static open(root: string, cwd: string, paths: readonly string[], enabled: boolean): ResultCache | undefined {
    if (!enabled || buildId === undefined) return undefined;
    return new ResultCache(root, buildId, RunCache.forCall(root, JSON.stringify([repoPath(root, cwd), paths])));
  }

  /** A config this build checked before, by its bytes; else `check`'s, kept for next time. */
  static async config<T>(root: string, bytes: Uint8Array, check: () => Promise<T>): Promise<T> {
    return buildId === undefined ? check() : new RunCache(root).derived('configs', buildId, bytes, check);
  }

  /**
   * The stored result of an identical earlier run (same build, `settings` and record file contents, and
   * unchanged dependencies), else `compute`'s, stored for next time. `files`: the record files, sorted.
   */
  async result<T>(settings: string, files: readonly string[], compute: () => Promise<Computed<T>>): Promise<T> {
    const key = await this.runs.key({ settings: JSON.stringify([this.build, settings]), files });
    if (key !== undefined) {
      const hit = await this.runs.lookup<Stored<T>>(key);
      if (hit && (hit.gitHead === undefined || hit.gitHead === (await gitHead(this.root)))) return hit.result;
    }
    const { result, dependencies } = await compute();
    if (key !== undefined) {
      const stored: Stored<T> = { result, gitHead: dependencies.usedGit ? await gitHead(this.root) : undefined };
      await this.runs.store(key, dependencies.files, stored);
    }
    return result;
  }
}

async function gitHead(root: string): Promise<string> {
  try {
    return (await promisify(execFile)('git', ['rev-parse', 'HEAD'], { cwd: root })).stdout.trim();
  } catch {
    return 'none';
  }
}
