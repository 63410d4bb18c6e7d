import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
const run = promisify(execFile);
/**
 * The date (YYYY-MM-DD, committer date) each file was last modified in git, from one `git log` call.
 * The commit that added a file is not a change to it. Files never modified, outside git history, or
 * with no git at all are simply absent from the map.
 */
export async function lastCommitDates(root, files) {
    const dates = new Map();
    if (files.length === 0)
        return dates;
    let output;
    try {
        ({ stdout: output } = await run('git', ['log', '--format=%x00%cs', '--name-only', '--no-renames', '--diff-filter=M', '--', ...files], {
            cwd: root,
            maxBuffer: 64 * 1024 * 1024,
        }));
    }
    catch {
        return dates;
    }
    const wanted = new Set(files);
    for (const entry of output.split('\0')) {
        const [date, ...names] = entry.split('\n').filter((line) => line.length > 0);
        if (!date)
            continue;
        for (const name of names)
            if (wanted.has(name) && !dates.has(name))
                dates.set(name, date);
    }
    return dates;
}
