export function processIo() {
    // A reader that stops early (`claims list | head`) closes the pipe; that ends the run quietly, not in a crash.
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (error) => {
            if (error.code !== 'EPIPE')
                throw error;
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
function drainedOrClosed(stream) {
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
