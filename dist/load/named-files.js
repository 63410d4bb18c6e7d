import { decodeUtf8 } from './decode.js';
import { signatureOfFile } from './file-hashes.js';
import { lastCommitDates } from './git-dates.js';
import { recordDirectory } from './load-records.js';
import { repoPath } from './root.js';
import { readRegularFile, resolveInsideRepository } from './safe-read.js';
import { sha256 } from './sha256.js';
import { TextIndex } from './text-index.js';
/** The kinds of file a rule may declare it reads besides the records (check/rule.ts, `reads.files`). */
export const NAMED_FILE_KINDS = ['story-text', 'evidence', 'git-history'];
/**
 * The record fields reading each kind of file takes, kept in the stage's view whenever a rule declares the kind.
 * Reading a story text resolves every claim's anchor in it (check/verify-context.ts), before any rule runs.
 */
export const NAMED_FILE_FIELDS = {
    'story-text': { Story: ['text'], Claim: ['anchor'] },
    evidence: { Claim: ['evidence[].ref', 'evidence[].archive'], Evidence: ['archive'] },
    'git-history': { Story: ['text', 'retrieved'], Claim: ['review.date'] },
};
/**
 * Reads the files the stage's rules declared, and only those: the one place where a check's input
 * other than records comes from disk, so a cached result knows everything it depends on.
 */
export async function readNamedFiles(workspace, kinds, maxBytes) {
    const files = { storyTexts: new Map(), evidence: [], textChangedOn: new Map(), read: [], usedGit: false };
    const readNamed = (base, named, read) => {
        const resolved = resolveInsideRepository(workspace.root, base, named);
        const noted = { base, named, signature: resolved.ok ? signatureOfFile(resolved.absolute) : undefined };
        files.read.push(noted);
        const result = read(resolved);
        if ('sha256' in result)
            noted.sha256 = result.sha256;
        return result;
    };
    if (kinds.has('story-text') || kinds.has('git-history')) {
        for (const story of workspace.valid('Story')) {
            if (workspace.stories.get(story.id ?? '') !== story)
                continue;
            const text = readNamed(recordDirectory(workspace.root, story), story.value.text, (resolved) => readStoryText(workspace.root, resolved, maxBytes));
            files.storyTexts.set(story.value.id, text);
        }
    }
    if (kinds.has('evidence')) {
        const readArchive = (record, at, archive) => {
            const state = readNamed(recordDirectory(workspace.root, record), archive, (resolved) => readEvidence(workspace.root, resolved, maxBytes));
            files.evidence.push({ record, at, state });
        };
        for (const record of workspace.valid('Evidence'))
            if (record.value.archive !== undefined)
                readArchive(record, [], record.value.archive);
        for (const claim of workspace.valid('Claim')) {
            for (const [index, entry] of (claim.value.evidence ?? []).entries())
                if (!('ref' in entry) && entry.archive !== undefined)
                    readArchive(claim, ['evidence', index], entry.archive);
        }
    }
    if (kinds.has('git-history'))
        await datesOfTextChanges(workspace, files);
    return files;
}
/** Git is asked only when some claim has a review to compare against. */
async function datesOfTextChanges(workspace, files) {
    const reviewed = workspace.valid('Claim').some((claim) => claim.value.review !== undefined);
    if (!reviewed)
        return;
    files.usedGit = true;
    const texts = [...files.storyTexts].filter((entry) => entry[1].ok);
    const committed = await lastCommitDates(workspace.root, texts.map(([, text]) => text.file));
    for (const [storyId, text] of texts) {
        const dates = [committed.get(text.file), workspace.stories.get(storyId)?.value.retrieved].filter((date) => date !== undefined);
        if (dates.length > 0)
            files.textChangedOn.set(storyId, dates.sort().at(-1));
    }
}
function readStoryText(root, resolved, maxBytes) {
    if (!resolved.ok)
        return { ok: false, file: undefined, reason: resolved.reason };
    const file = repoPath(root, resolved.absolute);
    const read = readRegularFile(resolved.absolute, maxBytes);
    if (!read.ok)
        return { ok: false, file, reason: read.reason };
    const decoded = decodeUtf8(read.bytes);
    if (!decoded.ok)
        return { ok: false, file, reason: `${decoded.problem.message} (at ${decoded.problem.start.line}:${decoded.problem.start.column})` };
    return { ok: true, file, text: decoded.text, index: new TextIndex(decoded.text), sha256: sha256(read.bytes) };
}
function readEvidence(root, resolved, maxBytes) {
    if (!resolved.ok)
        return { state: 'outside', reason: resolved.reason };
    const file = repoPath(root, resolved.absolute);
    const read = readRegularFile(resolved.absolute, maxBytes);
    if (!read.ok)
        return { state: 'missing', reason: read.reason, file };
    return { state: 'ok', sha256: sha256(read.bytes), file };
}
