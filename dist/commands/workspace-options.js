import { UsageError } from '../model/exit.js';
import { ResultCache } from '../cache/result-cache.js';
import { loadConfig } from '../load/config.js';
import { discoverRecordFiles } from '../load/discover.js';
import { findRoot } from '../load/root.js';
/**
 * Today's date, UTC: from SOURCE_DATE_EPOCH when set (seconds since 1970, the reproducible-builds
 * convention, which also makes the date injectable in tests), else from the system clock.
 */
export function todayOf(env) {
    const epoch = env.SOURCE_DATE_EPOCH;
    if (epoch === undefined)
        return new Date().toISOString().slice(0, 10);
    if (!/^\d+$/.test(epoch))
        throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch}"`);
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
}
/**
 * Finds the repository root from the working directory (unless given), loads the config, and expands the paths given
 * (relative to the working directory) or the configured ones (relative to the root; default `claims`).
 * With `useCache`, a config this build has checked before is taken from the result cache.
 */
export async function resolveTarget(io, paths, useCache = false, root = findRoot(io.cwd)) {
    const loading = { catalogue: async () => (await import('../check/catalogue.js')).catalogueView };
    if (useCache)
        loading.memo = (bytes, check) => ResultCache.config(root, bytes, check);
    const { config, file } = await loadConfig(root, loading);
    const files = paths.length > 0
        ? await discoverRecordFiles(paths, io.cwd, root, file)
        : await discoverRecordFiles(config.paths ?? ['claims'], root, root, file);
    if (files.length === 0)
        throw new UsageError('no claim files found');
    return { root, config, files, today: todayOf(io.env) };
}
export function parseCount(flag) {
    return (value) => {
        if (!/^\d+$/.test(value))
            throw new UsageError(`${flag} needs a whole number, got "${value}"`);
        return Number(value);
    };
}
export function parsePositive(flag) {
    const count = parseCount(flag);
    return (value) => {
        const parsed = count(value);
        if (parsed < 1)
            throw new UsageError(`${flag} needs a whole number of at least 1, got "${value}"`);
        return parsed;
    };
}
