/** The world a command sees; passed in so the CLI runs the same in-process and as a real process. */
export interface Io {
  stdout: (text: string) => void;
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
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  };
}
