import { readFile, stat } from 'node:fs/promises';
import { sha256 } from './sha256.js';

/** What was last seen of a file: stat fields and the sha256 of its content at that time. */
type Seen = [size: number, mtimeMs: number, ctimeMs: number, ino: number, sha256: string];

/**
 * Content hashes with a stat shortcut, as git's index does: a file whose size, mtime, ctime and inode
 * are unchanged is not read again. A file modified within RACY_MS of when the index was written might
 * have changed again in the same clock tick, so it is always re-read.
 */
export class FileHashes {
  private readonly fresh = new Map<string, Seen>();
  private static readonly RACY_MS = 2000;

  constructor(
    private readonly previous: ReadonlyMap<string, Seen> = new Map(),
    private readonly previousWrittenAt = 0,
  ) {}

  static fromJson(json: unknown): FileHashes {
    const data = json as { writtenAt?: unknown; files?: unknown } | undefined;
    if (typeof data?.writtenAt !== 'number' || typeof data.files !== 'object' || data.files === null) return new FileHashes();
    return new FileHashes(new Map(Object.entries(data.files as Record<string, Seen>)), data.writtenAt);
  }

  toJson(): unknown {
    return { writtenAt: Date.now(), files: Object.fromEntries(this.fresh) };
  }

  /** The sha256 of a file's content, or undefined when it cannot be read. */
  async hash(absolute: string): Promise<string | undefined> {
    const known = this.fresh.get(absolute);
    if (known) return known[4];
    let info;
    try {
      info = await stat(absolute);
    } catch {
      return undefined;
    }
    if (!info.isFile()) return undefined;
    const before = this.previous.get(absolute);
    const racy = info.mtimeMs >= this.previousWrittenAt - FileHashes.RACY_MS;
    if (before && !racy && before[0] === info.size && before[1] === info.mtimeMs && before[2] === info.ctimeMs && before[3] === info.ino) {
      this.fresh.set(absolute, before);
      return before[4];
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(absolute);
    } catch {
      return undefined;
    }
    const digest = sha256(bytes);
    this.fresh.set(absolute, [info.size, info.mtimeMs, info.ctimeMs, info.ino, digest]);
    return digest;
  }
}
