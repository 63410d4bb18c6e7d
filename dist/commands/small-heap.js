import { setFlagsFromString } from 'node:v8';
/** V8's own setting, put back afterwards. */
const DEFAULT_SEMI_SPACE_GROWTH_FACTOR = 2;
/**
 * Runs a command with V8 collecting garbage to keep the heap small rather than to save time, while the
 * command runs: its `--optimize-for-size`, as V8 otherwise lets the heap grow to as much as four times what
 * is live before it collects in full (over 100,000 claims `report` holds about 100 MiB while it writes, yet
 * peaked at 630 MiB); and a young generation that stays at its first size instead of growing to 32 MiB
 * (about 15 MiB less at the peak). Over 100,000 claims `list` and `report` peak at 227–258 MiB (issue 17), for
 * up to three times the time (README, Performance).
 */
export async function keepingHeapSmall(work) {
    setFlagsFromString('--optimize-for-size');
    setFlagsFromString('--semi-space-growth-factor=1');
    try {
        return await work();
    }
    finally {
        setFlagsFromString('--no-optimize-for-size');
        setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_SEMI_SPACE_GROWTH_FACTOR}`);
    }
}
