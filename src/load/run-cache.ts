import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { writeFileAtomically } from './atomic-write.js';
import path from 'node:path';
import { FileHashes } from './file-hashes.js';
import { resolveInsideRepository } from './safe-read.js';

/** Where the cache lives, under the repository root; safe to delete at any time. */
export const CACHE_DIR = '.claims-cache';
/** Bumped whenever what is stored changes shape. */
const CACHE_FORMAT = 1;
/** Run entries kept; older ones are removed. */
const KEPT_RUNS = 20;

/** A file the previous run read besides the record files (a story text, an archived evidence copy). */
export interface Dependency {
  /** Absolute directory of the record that named the file. */
  base: string;
  /** The path as the record names it. */
  named: string;
  /** `sha256:<hex>`, `refused:<reason>` or `unreadable`, as `dependencyState` computes it. */
  state: string;
}

export interface CacheKey {
  /** Everything but file contents that decides the outcome: command, options, tool version, schemas, config. */
  settings: string;
  /** The record files, absolute, sorted. */
  files: readonly string[];
}

/**
 * Whole-run results keyed by content: the key is a hash of the settings and of every record file's
 * sha256, so a change in any file — including a Source another file refers to — misses. Files the run
 * read besides records (story texts, evidence) are re-checked on every hit. Entries are written to a
 * temporary file and renamed, so racing runs never see half an entry; anything unreadable is a miss.
 */
export class RunCache {
  private hashes: FileHashes | undefined;

  constructor(private readonly root: string) {}

  private get dir(): string {
    return path.join(this.root, CACHE_DIR);
  }

  async key(key: CacheKey): Promise<string | undefined> {
    const hashes = await this.fileHashes();
    const digest = createHash('sha256').update(`${CACHE_FORMAT}\0${key.settings}\0`);
    for (const file of key.files) {
      const sha256 = await hashes.hash(file);
      if (sha256 === undefined) return undefined;
      digest.update(`${path.relative(this.root, file)}\0${sha256}\0`);
    }
    return digest.digest('hex');
  }

  /** The stored result for a key, if every dependency still has the state it had. */
  async lookup<T>(key: string): Promise<T | undefined> {
    let entry: { dependencies: Dependency[]; result: T };
    try {
      entry = JSON.parse(await readFile(path.join(this.dir, 'runs', `${key}.json`), 'utf8'));
    } catch {
      return undefined;
    }
    for (const dependency of entry.dependencies) {
      if ((await this.dependencyState(dependency.base, dependency.named)) !== dependency.state) return undefined;
    }
    return entry.result;
  }

  /** The state of a file a record names, resolved with the same containment rules as verify uses. */
  async dependencyState(base: string, named: string): Promise<string> {
    const resolved = resolveInsideRepository(this.root, base, named);
    if (!resolved.ok) return `refused:${resolved.reason}`;
    const sha256 = await (await this.fileHashes()).hash(resolved.absolute);
    return sha256 === undefined ? 'unreadable' : `sha256:${sha256}`;
  }

  async store<T>(key: string, dependencies: readonly Dependency[], result: T): Promise<void> {
    try {
      await mkdir(path.join(this.dir, 'runs'), { recursive: true });
      await writeFileAtomically(path.join(this.dir, 'runs', `${key}.json`), JSON.stringify({ dependencies, result }));
      await this.prune();
      await writeFileAtomically(path.join(this.dir, 'files.json'), JSON.stringify((await this.fileHashes()).toJson()));
      await writeFile(path.join(this.dir, '.gitignore'), '*\n');
    } catch {
      // A cache that cannot be written only costs speed.
    }
  }

  private async fileHashes(): Promise<FileHashes> {
    if (!this.hashes) {
      try {
        this.hashes = FileHashes.fromJson(JSON.parse(await readFile(path.join(this.dir, 'files.json'), 'utf8')));
      } catch {
        this.hashes = new FileHashes();
      }
    }
    return this.hashes;
  }

  /** Keeps the most recent entries only, so the cache does not grow without bound. */
  private async prune(): Promise<void> {
    const dir = path.join(this.dir, 'runs');
    const entries = await Promise.all((await readdir(dir)).map(async (name) => ({ name, mtime: (await stat(path.join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0 })));
    entries.sort((a, b) => b.mtime - a.mtime);
    for (const entry of entries.slice(KEPT_RUNS)) await rm(path.join(dir, entry.name), { force: true });
  }
}
