import { lstatSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CACHE_DIR } from '../cache/run-cache.js';
import { ExitCode, UsageError } from '../model/exit.js';
import { packageJson } from '../model/package.js';
import { didYouMean } from '../model/suggest.js';
import { decodeUtf8 } from '../load/decode.js';
import { LIMITS } from '../load/limits.js';
import { CONFIG_FILE } from '../load/root.js';
import { readRegularFile } from '../load/safe-read.js';
import { ChangedSinceReadError, writeIfUnchanged } from '../load/write-if-unchanged.js';
import { configText, ignoresCache, preCommitText, withCacheIgnored, workflowText } from '../author/init-files.js';
import { terminalSafe } from '../render/encode/terminal.js';
export const CI_PROVIDERS = ['github'];
const RECORDS_DIR = 'claims';
const WORKFLOW_FILE = '.github/workflows/claims.yml';
const PRE_COMMIT_FILE = '.pre-commit-config.yaml';
/**
 * `claims init [dir]`: a repository ready for claims: claims.config.yaml, an empty claims/ that git keeps,
 * the result cache ignored, and on request a GitHub Actions workflow and a pre-commit configuration (the
 * ones docs/ci.md recommends). Non-interactive; never overwrites a file: one that exists is kept and said so.
 */
export function defineInitCommand(command, io, setExit) {
    return command
        .argument('[dir]', 'the repository to set up, created if missing (default: the working directory)')
        .option('--ci <provider>', `also write a CI workflow: ${CI_PROVIDERS.join(', ')}`, (value) => {
        if (!CI_PROVIDERS.includes(value))
            throw new UsageError(`unknown --ci "${value}"${didYouMean(value, CI_PROVIDERS)}; choose one of: ${CI_PROVIDERS.join(', ')}`);
        return value;
    })
        .option('--pre-commit', `also write ${PRE_COMMIT_FILE} with the claims-validate hook`)
        .action(async (dir, options) => {
        const outcomes = await init(path.resolve(io.cwd, dir ?? '.'), options);
        await io.stdout(outcomes.map(describe).join(''));
        setExit(ExitCode.Ok);
    });
}
async function init(root, options) {
    const links = { homepage: packageJson.homepage, version: packageJson.version };
    const rootStat = statOf(root);
    if (rootStat && !rootStat.isDirectory())
        throw new UsageError(`${root} exists and is not a directory`);
    const recordsStat = statOf(path.join(root, RECORDS_DIR));
    if (recordsStat && !recordsStat.isDirectory())
        throw new UsageError(`${path.join(root, RECORDS_DIR)} exists and is not a directory`, [], 'claims keeps its records in the folder claims/.');
    mkdirSync(root, { recursive: true });
    const outcomes = [];
    outcomes.push(await createFile(root, CONFIG_FILE, configText(links)));
    const records = recordsStat ? readdirSync(path.join(root, RECORDS_DIR)) : [];
    // A folder with records in it needs no .gitkeep; an empty one (or a missing one) gets it.
    if (records.length > 0 && !records.includes('.gitkeep'))
        outcomes.push({ path: `${RECORDS_DIR}/`, did: 'kept', why: 'exists' });
    else {
        mkdirSync(path.join(root, RECORDS_DIR), { recursive: true });
        outcomes.push(await createFile(root, `${RECORDS_DIR}/.gitkeep`, ''));
    }
    outcomes.push(await ignoreCache(root));
    if (options.ci === 'github') {
        mkdirSync(path.join(root, path.dirname(WORKFLOW_FILE)), { recursive: true });
        outcomes.push(await createFile(root, WORKFLOW_FILE, workflowText(links)));
    }
    if (options.preCommit)
        outcomes.push(await createFile(root, PRE_COMMIT_FILE, preCommitText(links)));
    return outcomes;
}
/** Writes a new file; one that exists, whatever it holds, is kept. */
async function createFile(root, name, content) {
    const file = path.join(root, ...name.split('/'));
    if (statOf(file))
        return { path: name, did: 'kept', why: 'exists' };
    try {
        await writeIfUnchanged(file, undefined, content);
    }
    catch (error) {
        // Written by someone else between the check and the write: theirs is kept.
        if (error instanceof ChangedSinceReadError)
            return { path: name, did: 'kept', why: 'exists' };
        throw error;
    }
    return { path: name, did: 'created' };
}
/** Adds the cache folder to .gitignore (created if missing), unless a line already ignores it. */
async function ignoreCache(root) {
    const file = path.join(root, '.gitignore');
    const read = readRegularFile(file, LIMITS.maxRecordFileBytes);
    if (!read.ok && read.code === 'missing')
        return createFile(root, '.gitignore', withCacheIgnored('', CACHE_DIR));
    // A .gitignore that is a link, or not UTF-8, is not edited: the line is for the user to add.
    if (!read.ok)
        return { path: '.gitignore', did: 'kept', why: `${read.reason}; add ${CACHE_DIR}/ to it yourself` };
    const decoded = decodeUtf8(read.bytes);
    if (!decoded.ok)
        return { path: '.gitignore', did: 'kept', why: `not UTF-8 text; add ${CACHE_DIR}/ to it yourself` };
    // The decoder drops a byte-order mark; the file's text, as written back, keeps it.
    const current = (read.bytes[0] === 0xef && read.bytes[1] === 0xbb && read.bytes[2] === 0xbf ? '\ufeff' : '') + decoded.text;
    if (ignoresCache(current, CACHE_DIR))
        return { path: '.gitignore', did: 'kept', why: `ignores ${CACHE_DIR}/ already` };
    try {
        await writeIfUnchanged(file, current, withCacheIgnored(current, CACHE_DIR));
    }
    catch (error) {
        if (error instanceof ChangedSinceReadError)
            throw new UsageError(`${file} changed while claims init read it; run claims init again`);
        throw error;
    }
    return { path: '.gitignore', did: 'updated' };
}
function describe(outcome) {
    const name = terminalSafe(outcome.path);
    return outcome.did === 'kept' ? `kept ${name} (${outcome.why})\n` : `${outcome.did} ${name}\n`;
}
function statOf(file) {
    try {
        return lstatSync(file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
