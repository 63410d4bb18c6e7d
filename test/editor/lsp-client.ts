import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/*
 * A minimal Language Server Protocol client for tests: JSON-RPC 2.0 over the server's stdin and stdout,
 * each message framed by a `Content-Length` header (LSP base protocol), with no library in between.
 * It answers the server's own requests (`workspace/configuration` with the settings given, anything
 * else with null), keeps every notification, and waits for the ones a test asks for with a timeout that
 * bounds a hang, never a measure of speed.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Diagnostic {
  range: { start: Position; end: Position };
  message: string;
  severity?: number;
  source?: string;
}

interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/** The installed yaml-language-server's launcher (a devDependency). */
export function yamlLanguageServerBin(): string {
  const manifest = createRequire(import.meta.url).resolve('yaml-language-server/package.json');
  return path.join(path.dirname(manifest), 'bin', 'yaml-language-server');
}

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly notifications: Message[] = [];
  private readonly waiters = new Set<() => void>();
  private stderr = '';
  private exited = false;

  /** Starts `node <bin> --stdio`; `settings` answers the server's `workspace/configuration` requests by section. */
  constructor(
    bin: string,
    private readonly settings: Record<string, unknown>,
    private readonly timeoutMs: number,
  ) {
    this.child = spawn(process.execPath, [bin, '--stdio'], { stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    this.child.on('exit', () => {
      this.exited = true;
      for (const { reject } of this.pending.values()) reject(new Error(`the language server exited: ${this.stderr}`));
      this.pending.clear();
      this.wake();
    });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${this.timeoutMs} ms; server stderr: ${this.stderr}`));
      }, this.timeoutMs);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The first notification (already received or still to come) for which `accept` returns a value. */
  waitForNotification<T>(describe: string, accept: (message: { method: string; params: unknown }) => T | undefined): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = (): boolean => {
        for (const message of this.notifications) {
          const found = accept({ method: message.method!, params: message.params });
          if (found !== undefined) {
            resolve(found);
            return true;
          }
        }
        if (this.exited) {
          reject(new Error(`the language server exited before ${describe}: ${this.stderr}`));
          return true;
        }
        return false;
      };
      if (check()) return;
      const waiter = () => {
        if (!check()) return;
        this.waiters.delete(waiter);
        clearTimeout(timer);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const seen = this.notifications.map((message) => `${message.method} ${JSON.stringify(message.params)}`).join('\n');
        reject(new Error(`no ${describe} within ${this.timeoutMs} ms; notifications seen:\n${seen}\nserver stderr: ${this.stderr}`));
      }, this.timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** The latest diagnostics published for `uri` that satisfy `accept`, waiting for them if need be. */
  waitForDiagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    return this.waitForNotification(`diagnostics for ${uri} as expected`, ({ method, params }) => {
      if (method !== 'textDocument/publishDiagnostics') return undefined;
      const published = params as { uri: string; diagnostics: Diagnostic[] };
      return published.uri === uri && accept(published.diagnostics) ? published.diagnostics : undefined;
    });
  }

  /** Asks the server to shut down and exit, and ends the process if it has not within the timeout. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    try {
      await this.request('shutdown', null);
      this.notify('exit', null);
    } catch {
      // A server that cannot answer is ended below.
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), this.timeoutMs);
    await exited;
    clearTimeout(timer);
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  /** Splits the byte stream into messages: headers up to a blank line, then `Content-Length` bytes of JSON. */
  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = /^Content-Length: *(\d+)$/im.exec(header)?.[1];
      if (length === undefined) throw new Error(`a message without Content-Length: ${header}`);
      const start = headerEnd + 4;
      if (this.buffer.length < start + Number(length)) return;
      const message = JSON.parse(this.buffer.subarray(start, start + Number(length)).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(start + Number(length));
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      this.send({ jsonrpc: '2.0', id: message.id, result: this.answer(message.method, message.params) });
    } else if (message.method !== undefined) {
      this.notifications.push(message);
      this.wake();
    } else if (typeof message.id === 'number') {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) pending?.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else pending?.resolve(message.result);
    }
  }

  /** What this client answers to a request from the server. */
  private answer(method: string, params: unknown): unknown {
    if (method === 'workspace/configuration') {
      const { items } = params as { items: { section?: string }[] };
      return items.map((item) => (item.section === undefined ? null : (this.settings[item.section] ?? null)));
    }
    return null;
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}

export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}
