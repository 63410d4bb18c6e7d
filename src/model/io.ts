/** The world a command sees; passed in so the CLI runs the same in-process and as a real process. */
export interface Io {
  /**
   * Writes to standard output. Returns a promise when the stream has more queued than it wants (a pipe
   * read slowly): a writer of a large output awaits it before going on, so the output is not queued whole.
   */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal, for colour and table width. */
  stdoutIsTTY: boolean;
  /** Terminal width in columns, when known. */
  columns: number | undefined;
}

export function processIo(): Io {
  // A reader that stops early (`claims list | head`) closes the pipe; that ends the run quietly, not in a crash.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
  return {
    stdout: (text) => (process.stdout.write(text) ? undefined : drainedOrClosed(process.stdout)),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  };
}

/** Settles once the stream wants more, or can take no more: a closed stdout must not leave the run waiting. */
function drainedOrClosed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed) {
      resolve();
      return;
    }
    const settle = () => {
      stream.off('drain', settle);
      stream.off('close', settle);
      resolve();
    };
    stream.once('drain', settle);
    stream.once('close', settle);
  });
}
