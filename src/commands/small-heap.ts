import { setFlagsFromString } from 'node:v8';

/**
 * Runs a command with V8 collecting garbage to keep the heap small rather than to save time (its
 * `--optimize-for-size`, set while the command runs). Otherwise V8 lets the heap grow to as much as four
 * times what is live before it collects in full: over 100,000 claims `report` holds about 100 MiB while it
 * writes, yet peaked at 630 MiB; with this, at about 300 MiB (issue 17), for up to twice the time (README,
 * Performance).
 */
export async function keepingHeapSmall<T>(work: () => Promise<T>): Promise<T> {
  setFlagsFromString('--optimize-for-size');
  try {
    return await work();
  } finally {
    setFlagsFromString('--no-optimize-for-size');
  }
}
