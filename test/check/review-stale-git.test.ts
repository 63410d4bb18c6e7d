import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonReport, runClaims } from '../support/cli.js';
import { makeRepo } from '../support/repo.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
      GIT_COMMITTER_DATE: '2026-01-10T12:00:00Z',
      GIT_AUTHOR_DATE: '2026-01-10T12:00:00Z',
    },
  });

const claim = `apiVersion: claims/v1
kind: Claim
id: vote
story: s
statement: The council voted.
type: fact
anchor: { exact: The council voted. }
attribution: []
evidence: [{ type: document, title: Minutes, relation: supports }]
confidence: { likelihood: likely, credibility: 2, rationale: Minutes. }
status: verified
review: { by: A. Editor, date: 2026-01-05 }
`;

describe('review/stale against git history', () => {
  it('does not count the commit that added the story text, but does count a later modification', async () => {
    const cwd = makeRepo({
      files: {
        'claims/story.txt': 'The council voted.',
        'claims/story.yaml': 'apiVersion: claims/v1\nkind: Story\nid: s\ntitle: S\ntext: story.txt\n',
        'claims/claim.yaml': claim,
      },
    });
    rmSync(path.join(cwd, '.git'), { recursive: true });
    git(cwd, 'init', '-q');
    git(cwd, 'add', '.');
    git(cwd, 'commit', '-qm', 'add story');
    const stale = async () =>
      parseJsonReport((await runClaims(['verify', '--format', 'json'], { cwd })).stdout).diagnostics.filter(
        (d) => d.ruleId === 'review/stale',
      );
    expect(await stale()).toEqual([]);
    writeFileSync(path.join(cwd, 'claims/story.txt'), 'The council voted. ');
    git(cwd, 'commit', '-qam', 'edit story');
    const found = await stale();
    expect(found.map((d) => d.message)).toEqual([
      'reviewed on 2026-01-05, but the story text last changed on 2026-01-10; review the claim again',
    ]);
  });
});
