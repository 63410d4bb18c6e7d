import path from 'node:path';
import { resolveThresholds } from '../check/thresholds.js';
import { loadConfig } from '../load/config.js';
import { decodeUtf8 } from '../load/decode.js';
import { discoverRecordFiles } from '../load/discover.js';
import { loadAndValidate } from '../load/parallel.js';
import { findRoot } from '../load/root.js';
import { readRegularFile, resolveInsideRepository } from '../load/safe-read.js';
import { sha256 } from '../load/sha256.js';
import { Workspace } from '../load/workspace.js';
import { UsageError } from '../model/exit.js';
import { terminalSafe } from '../render/encode/terminal.js';
/**
 * The repository, its configuration and the story text at `textFile`: inside the repository, with a name a
 * record can give, a regular file within the evidence size limit, UTF-8. Anything else is a usage error
 * naming the file.
 */
export async function readStoryTextFile(io, textFile) {
    const root = findRoot(io.cwd);
    const absolute = path.resolve(io.cwd, textFile);
    const shown = terminalSafe(textFile);
    const inside = resolveInsideRepository(root, path.dirname(absolute), path.basename(absolute));
    if (!inside.ok)
        throw new UsageError(`the text file "${shown}" cannot be named by a record: ${inside.reason}`, [], `The text file must be inside the repository (${terminalSafe(root)}) and its name may hold only letters, digits, ".", "_" and "-".`);
    // The rule catalogue is imported only when the configuration names rules: it is large and rarely needed here.
    const loaded = await loadConfig(root, { catalogue: async () => (await import('../check/catalogue.js')).catalogueView });
    const thresholds = resolveThresholds(loaded.config.thresholds);
    const read = readRegularFile(inside.absolute, thresholds.maxEvidenceBytes);
    if (!read.ok)
        throw new UsageError(`cannot read the text file "${shown}": ${read.reason}`);
    const decoded = decodeUtf8(read.bytes);
    if (!decoded.ok)
        throw new UsageError(`the text file "${shown}" is not UTF-8 text: ${decoded.problem.message} (at ${decoded.problem.start.line}:${decoded.problem.start.column})`);
    return {
        root,
        loaded,
        thresholds,
        absolute,
        folder: path.dirname(absolute),
        name: path.basename(absolute),
        text: decoded.text,
        sha256: sha256(read.bytes),
    };
}
/** The record files of the configured paths; a path that matches nothing (a new repository's empty `claims/`) adds none. */
async function configuredFiles(root, loaded) {
    const files = new Set();
    for (const pattern of loaded.config.paths ?? ['claims']) {
        try {
            for (const file of await discoverRecordFiles([pattern], root, root, loaded.file))
                files.add(file);
        }
        catch (error) {
            if (!(error instanceof UsageError))
                throw error;
        }
    }
    return [...files].sort();
}
/** Every record of the configured paths, valid or not: an id taken by an invalid record is still taken. */
export async function configuredWorkspace(root, loaded) {
    const files = await configuredFiles(root, loaded);
    const checked = await loadAndValidate(root, files, undefined, 'records');
    return new Workspace(root, checked.files, checked.records);
}
/** Says on stderr which of the written files `validate` and `verify` will not read: they lie outside the configured paths. */
export async function warnOutsidePaths(io, root, loaded, written) {
    const read = new Set(await configuredFiles(root, loaded));
    for (const file of written.filter((name) => !read.has(name)))
        io.stderr(`claims: ${terminalSafe(file)} is not under the paths of claims.config.yaml (${(loaded.config.paths ?? ['claims']).map(terminalSafe).join(', ')}): validate and verify will not read it\n`);
}
