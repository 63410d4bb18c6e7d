/**
 * Runs the checks, or returns the stored result of an identical earlier run: same build, config,
 * command and file contents (see ResultCache).
 */
export async function checkWithCache(target, stage, cache, jobs) {
    // The checks are imported only on a miss: a cache hit should cost little more than Node's start-up.
    const runChecks = async () => (await import('../check/run.js')).runChecks({ ...target, stage, jobs });
    if (!cache)
        return { ...resultOf(await runChecks()), files: target.files };
    // Stored without the file list: a hit has the same files by construction, and 100,000 names would double what a warm run reads.
    // verify's rules read the clock (date/future), so its result is kept for the day it was made on.
    const settings = JSON.stringify({ stage, config: target.config, ...(stage === 'verify' ? { today: target.today } : {}) });
    const result = await cache.result(settings, target.files, async () => {
        const run = await runChecks();
        return { result: resultOf(run), dependencies: run.dependencies };
    });
    return { ...result, files: target.files };
}
function resultOf(run) {
    return { records: run.workspace.records.length, diagnostics: run.diagnostics, stories: run.stories };
}
