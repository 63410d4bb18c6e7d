import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A story with one Source and claims of one sentence each, in archives small or large, for the cache and pipe tests. */
export const SOURCES = 'apiVersion: claims/v1\nkind: Source\nid: mayor\ntype: person\nname: Jane Doe\ndescription: the mayor\n';
export const STORY = 'apiVersion: claims/v1\nkind: Story\nid: s\ntitle: S\ntext: story.txt\n';
export const STORY_TEXT = 'The council voted.';

export function claimRecord(id: string): string {
  return `apiVersion: claims/v1
kind: Claim
id: ${id}
story: s
statement: The council voted.
type: attributed-statement
anchor: { exact: The council voted. }
attribution: [{ source: mayor, relation: said }]
confidence: { likelihood: likely, credibility: 2, rationale: She said so. }
status: unreviewed
`;
}

/**
 * Marks every stored result, so a later run that prints the mark provably answered from the cache
 * rather than by checking again.
 */
export function markStoredResults(cwd: string): void {
  const runs = path.join(cwd, '.claims-cache', 'runs');
  for (const name of readdirSync(runs)) {
    const entry = JSON.parse(readFileSync(path.join(runs, name), 'utf8'));
    entry.result.result.records = 4242;
    writeFileSync(path.join(runs, name), JSON.stringify(entry));
  }
}
