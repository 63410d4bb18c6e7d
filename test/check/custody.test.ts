import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseJsonReport, runClaims } from '../support/cli.js';
import { makeRepo } from '../support/repo.js';

/**
 * Independence through custody: a recording that reaches the story only through one outlet is that
 * outlet's account, not a second origin; the desk holding the recording makes it one.
 */
const STORY = 'The Courier obtained and published audio of a call in which the minister agreed to the deal.';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const AUDIO = 'RIFF....WAVE fake audio bytes for the test';

const STORY_RECORD = `apiVersion: claims/v1
kind: Story
id: call
title: Minister agreed to the deal
text: story.txt
sha256: ${sha(STORY)}
publisher: Example Post
published: 2025-05-02
url: https://post.example.org/call
`;

const SOURCES = `apiVersion: claims/v1
kind: Source
id: courier
type: outlet
name: The Courier
description: a daily
groundRule: on-record
---
apiVersion: claims/v1
kind: Source
id: call-audio
type: recording
name: Audio of the call
description: audio of the call, as published by the Courier
`;

/** The issue's reproduction: the audio via the outlet, and the outlet itself; rated as confirmed and verified. */
const claim = (evidence = '') => `apiVersion: claims/v1
kind: Claim
id: minister-agreed
story: call
statement: The minister agreed to the deal on the call.
type: fact
anchor:
  exact: the minister agreed to the deal
attribution:
  - source: call-audio
    relation: shows
    via: [courier]
  - source: courier
    relation: reported
${evidence}confidence:
  likelihood: almost-certain
  credibility: 1
  rationale: The audio and the Courier's report agree.
status: verified
review:
  by: Desk
  date: 2025-05-03
`;

const HELD = `evidence:
  - ref: call-audio-file
    relation: supports
`;

const EVIDENCE_RECORD = (custody: 'held' | 'cited') => `apiVersion: claims/v1
kind: Evidence
id: call-audio-file
type: recording
title: Audio of the call
origin: call-audio
custody: ${custody}
${custody === 'held' ? `archive: audio.wav\nsha256: ${sha(AUDIO)}\n` : ''}`;

async function verify(files: Record<string, string>) {
  const cwd = makeRepo({
    files: { 'claims/call/story.txt': STORY, 'claims/call/story.yaml': STORY_RECORD, 'claims/call/sources.yaml': SOURCES, ...files },
  });
  const result = await runClaims(['verify', '--format', 'json'], { cwd });
  expect(result.stderr).toBe('');
  return parseJsonReport(result.stdout).diagnostics.map((d) => `${d.ruleId} ${d.severity} ${d.line}:${d.column} ${d.message}`);
}

describe('independence through custody', () => {
  it('counts audio relayed by one outlet, and not held, as that outlet: one origin, so confirmed and verified are reported', async () => {
    expect(await verify({ 'claims/call/claims.yaml': claim() })).toEqual([
      'sourcing/circular warning 13:5 attribution[1] and attribution[0] both trace back to "courier": they count as one origin, not independent corroboration',
      'sourcing/single-origin warning 16:15 fact "minister-agreed" is rated almost-certain but everything it rests on comes from "courier", and the desk holds no evidence for it; find a second, independent origin or obtain the material, or rate it at most roughly-even-chance',
      'confidence/overstated error 17:16 credibility 1 (confirmed) needs 2 independent origins or primary evidence the desk holds; this claim has 1 origin(s) and none',
      'status/verified-unsupported error 19:9 verified with no supporting evidence the desk holds and 1 independent origin(s); needs held evidence or 2 independent origins',
    ]);
  });

  it('does not let cited evidence of the same audio add an origin', async () => {
    const diagnostics = await verify({ 'claims/call/claims.yaml': claim(HELD), 'claims/call/evidence.yaml': EVIDENCE_RECORD('cited') });
    expect(diagnostics.map((line) => line.split(' ')[0])).toEqual([
      'sourcing/circular',
      'sourcing/single-origin',
      'confidence/overstated',
      'status/verified-unsupported',
    ]);
  });

  it('counts the audio as an origin of its own once the desk holds it', async () => {
    const diagnostics = await verify({
      'claims/call/claims.yaml': claim(HELD),
      'claims/call/evidence.yaml': EVIDENCE_RECORD('held'),
      'claims/call/audio.wav': AUDIO,
    });
    expect(diagnostics).toEqual([]);
  });
});

describe('an inferred relay', () => {
  it('is not the origin of unheld audio: the first relay the story states gave the account', async () => {
    const leaker = `---
apiVersion: claims/v1
kind: Source
id: leaker
type: unknown
description: whoever gave the Courier the audio
anonymity:
  reason: null
  howKnown: unknown
`;
    const withLeaker = claim().replace('via: [courier]', 'via: [{ source: leaker, certainty: inferred }, courier]');
    const cwd = makeRepo({
      files: {
        'claims/call/story.txt': STORY,
        'claims/call/story.yaml': STORY_RECORD,
        'claims/call/sources.yaml': SOURCES + leaker,
        'claims/call/claims.yaml': withLeaker,
      },
    });
    const report = JSON.parse((await runClaims(['report', '--format', 'json'], { cwd })).stdout) as {
      stories: { claims: { origins: string[]; attributions: { origin: string }[] }[] }[];
    };
    expect(report.stories[0]!.claims[0]!.attributions.map((attribution) => attribution.origin)).toEqual(['courier', 'courier']);
    expect(report.stories[0]!.claims[0]!.origins).toEqual(['courier']);
  });

  it('is marked inferred in show, list, the Markdown and JSON reports and the graph', async () => {
    const inferred = claim().replace('via: [courier]', 'via: [{ source: courier, certainty: inferred }]');
    const cwd = makeRepo({
      files: {
        'claims/call/story.txt': STORY,
        'claims/call/story.yaml': STORY_RECORD,
        'claims/call/sources.yaml': SOURCES,
        'claims/call/claims.yaml': inferred,
      },
    });
    const show = await runClaims(['show', 'minister-agreed'], { cwd });
    expect(show.stdout).toContain('Audio of the call (recording) → The Courier (outlet, inferred) → story');
    const list = await runClaims(['list', '--format', 'csv'], { cwd });
    expect(list.stdout).toContain('call-audio via courier?');
    const report = JSON.parse((await runClaims(['report', '--format', 'json'], { cwd })).stdout) as {
      stories: { claims: { attributions: { inferredVia: string[]; origin: string }[] }[] }[];
    };
    expect(report.stories[0]!.claims[0]!.attributions[0]).toMatchObject({ inferredVia: ['courier'], origin: 'courier' });
    expect((await runClaims(['report', '--format', 'markdown'], { cwd })).stdout).toMatch(/shows, via The Courier \\?\(inferred\\?\)/);
    expect((await runClaims(['graph', '--format', 'mermaid'], { cwd })).stdout).toContain('via (inferred)');
  });
});

describe('Evidence records', () => {
  const second = claim(HELD)
    .replace('id: minister-agreed', 'id: call-took-place')
    .replace('statement: The minister agreed to the deal on the call.', 'statement: The call took place.')
    .replace('exact: the minister agreed to the deal', 'exact: audio of a call');

  it('are defined once, referenced by two claims, and checked once: an altered archive is reported on the Evidence record', async () => {
    const cwd = makeRepo({
      files: {
        'claims/call/story.txt': STORY,
        'claims/call/story.yaml': STORY_RECORD,
        'claims/call/sources.yaml': SOURCES,
        'claims/call/claims.yaml': `${claim(HELD)}---\n${second}`,
        'claims/call/evidence.yaml': EVIDENCE_RECORD('held'),
        'claims/call/audio.wav': `${AUDIO} edited`,
      },
    });
    const report = parseJsonReport((await runClaims(['verify', '--format', 'json'], { cwd })).stdout);
    const hashes = report.diagnostics.filter((d) => d.ruleId === 'evidence/hash-mismatch');
    expect(hashes.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['claims/call/evidence.yaml:9:9']);
    const show = await runClaims(['show', 'call-took-place'], { cwd });
    expect(show.stdout).toMatch(/recording “Audio of the call” \(supports\) — hash mismatch/);
    expect(show.stdout).toContain('record   call-audio-file');
  });

  it('that a claim names but no record has are reported at the ref, with the closest id', async () => {
    const cwd = makeRepo({
      files: {
        'claims/call/story.txt': STORY,
        'claims/call/story.yaml': STORY_RECORD,
        'claims/call/sources.yaml': SOURCES,
        'claims/call/claims.yaml': claim(HELD.replace('call-audio-file', 'call-audio-fil')),
        'claims/call/evidence.yaml': EVIDENCE_RECORD('cited'),
      },
    });
    const report = parseJsonReport((await runClaims(['validate', '--format', 'json'], { cwd })).stdout);
    expect(report.diagnostics.map((d) => `${d.ruleId} ${d.line}:${d.column} ${d.message}`)).toEqual([
      'ref/unresolved 16:10 no Evidence has id "call-audio-fil" (did you mean "call-audio-file"?)',
    ]);
  });

  it('need an archive when the desk holds them', async () => {
    const cwd = makeRepo({
      files: {
        'claims/call/sources.yaml': SOURCES,
        'claims/call/evidence.yaml': EVIDENCE_RECORD('cited').replace('custody: cited', 'custody: held'),
      },
    });
    const report = parseJsonReport((await runClaims(['validate', '--format', 'json'], { cwd })).stdout);
    expect(report.diagnostics.map((d) => `${d.ruleId} ${d.message}`)).toEqual([
      'schema missing required field "archive" (needed when custody is held)',
    ]);
  });
});

describe('records of the previous release', () => {
  it('still validate and verify without a schema error: every change to the model is an addition', async () => {
    // The seed story's records as the previous release shipped them.
    const cwd = makeRepo({ fixture: 'previous-release' });
    const report = parseJsonReport((await runClaims(['verify', '--format', 'json'], { cwd })).stdout);
    expect(report.summary.files).toBe(6);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
