import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseJsonReport, runClaims } from '../support/cli.js';
import { projectRoot } from '../support/repo.js';

/**
 * The README's walkthrough, run as written on a fresh folder (no .git: `init` makes the root): every
 * `npx claims …` line of its two shell blocks is a step here, in order, and the README must list
 * exactly these commands.
 */
const SETUP = [
  'init',
  'new story claims/river-flood/story.txt --id river-flood --publisher "Example Coast News" --url https://news.example.org/river-flood --published 2025-04-02',
  'new source --story river-flood --id ana-ruiz --name "Ana Ruiz" --description "the mayor"',
  'new claim --story river-flood --sentence 2 --source ana-ruiz --relation said',
  'validate',
  'sentences river-flood',
];
const CORRECTION = ['verify', 'fix --dry-run', 'fix', 'verify'];
const STORY = 'River floods old town\nThe river rose two metres overnight, the mayor said. Officials expect the water to fall by Friday.\n';
const COMMENT = "# Checked against the mayor's statement on 2 April.\n";

const root = mkdtempSync(path.join(tmpdir(), 'claims-walkthrough-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `a "b c" d` → ['a', 'b c', 'd']: the README's quoting, as a shell splits it. */
function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

function readmeCommands(): string[] {
  const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Walkthrough'), readme.indexOf('## Commands'));
  return [...section.matchAll(/^npx claims (.+?)(?:\s{2,}#.*)?$/gm)].map((match) => match[1]!.trim());
}

const files = (cwd: string) =>
  Object.fromEntries(
    readdirSync(path.join(cwd, 'claims/river-flood')).map((name) => [
      name,
      readFileSync(path.join(cwd, 'claims/river-flood', name), 'utf8'),
    ]),
  );

describe('the README walkthrough', () => {
  it('lists exactly the commands this test runs', () => {
    expect(readmeCommands()).toEqual([...SETUP, ...CORRECTION]);
  });

  it('goes from a new folder to a verified story, then through a correction with fix', async () => {
    const cwd = path.join(root, 'desk');
    mkdirSync(cwd);
    const run = async (command: string) => runClaims(words(command), { cwd });
    for (const command of SETUP) {
      if (command.startsWith('new story')) {
        mkdirSync(path.join(cwd, 'claims/river-flood'), { recursive: true });
        writeFileSync(path.join(cwd, 'claims/river-flood/story.txt'), STORY);
      }
      const result = await run(command);
      expect({ command, code: result.code, stderr: result.stderr }).toEqual({ command, code: 0, stderr: '' });
    }
    expect((await run('sentences river-flood --format json')).stdout).toContain('"claims": [\n');
    const claimsFile = path.join(cwd, 'claims/river-flood/claims.yaml');
    writeFileSync(claimsFile, COMMENT + readFileSync(claimsFile, 'utf8'));

    writeFileSync(path.join(cwd, 'claims/river-flood/story.txt'), STORY.replace('rose two metres', 'rose nearly two metres'));
    const [verify, dryRun, fix, verifyAgain] = CORRECTION;
    const findings = async (command: string) =>
      parseJsonReport((await run(`${command} --format json`)).stdout)
        .diagnostics.filter((d) => d.severity !== 'info')
        .map((d) => d.ruleId);
    expect(await findings(verify!)).toEqual(['anchor/moved', 'story/hash-mismatch']);

    const before = files(cwd);
    const diff = await run(dryRun!);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('+  exact: The river rose nearly two metres overnight, the mayor said.\n');
    expect(files(cwd)).toEqual(before);

    expect((await run(fix!)).code).toBe(0);
    expect(await findings(verifyAgain!)).toEqual([]);
    expect(readFileSync(claimsFile, 'utf8').startsWith(COMMENT)).toBe(true);
  });
});
