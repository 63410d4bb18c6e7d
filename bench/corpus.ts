import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A deterministic archive of stories, sources and claims with a realistic field mix and sizes
 * (about 1.5 KB per claim, 100 claims per story), in one of two layouts:
 * `per-story` (one multi-document claims.yaml per story) or `per-claim` (one file per claim).
 */
export interface CorpusOptions {
  claims: number;
  layout: 'per-story' | 'per-claim';
  seed?: number;
}

const CLAIMS_PER_STORY = 100;
const SOURCES = 400;
const WORDS =
  'council budget minister agency report official inquiry vote contract audit court ruling testimony leak document memo deputy spokesperson ministry committee hearing investigation policy treaty envoy adviser recording transcript interview statement election campaign donor lobby'.split(
    ' ',
  );
const TYPES = ['fact', 'attributed-statement', 'characterisation', 'analysis', 'speculation', 'background'];
const RELATIONS = ['said', 'stated', 'claimed', 'suggested', 'noted', 'confirmed', 'reported', 'alleged'];
const LIKELIHOODS = ['unlikely', 'roughly-even-chance', 'likely', 'likely', 'very-likely'];

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCorpus(root: string, options: CorpusOptions): { files: number; claims: number; stories: number } {
  const next = random(options.seed ?? 42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
  let files = 0;
  const write = (relative: string, text: string) => {
    const target = path.join(root, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    files++;
  };

  const sources: string[] = [];
  for (let i = 0; i < SOURCES; i++) {
    const anonymous = i % 5 === 0;
    sources.push(
      [
        'apiVersion: claims/v1',
        'kind: Source',
        `id: source-${i}`,
        `type: ${pick(['person', 'organization', 'outlet', 'document'])}`,
        ...(anonymous ? [] : [`name: Source Number ${i}`]),
        `description: a ${words(4)} familiar with the ${words(2)}`,
        `groundRule: ${anonymous ? 'background' : 'on-record'}`,
        ...(anonymous
          ? [
              'anonymity:',
              `  reason: feared dismissal for discussing the ${words(3)} before the ${words(2)} concluded`,
              '  howKnown: direct',
            ]
          : []),
        `reliability: ${pick(['B', 'C', 'F'])}`,
      ].join('\n') + '\n',
    );
  }
  const sourceChunk = options.layout === 'per-claim' ? 1 : 50;
  for (let i = 0; i < sources.length; i += sourceChunk)
    write(`claims/sources/sources-${String(i).padStart(4, '0')}.yaml`, sources.slice(i, i + sourceChunk).join('---\n'));

  const stories = Math.ceil(options.claims / CLAIMS_PER_STORY);
  let written = 0;
  for (let s = 0; s < stories; s++) {
    const storyId = `story-${s}`;
    const count = Math.min(CLAIMS_PER_STORY, options.claims - written);
    const quotes = Array.from({ length: count }, () => words(5));
    const sentences = quotes.map((quote, c) => `In item ${s}-${c} the ${words(6)} was ${quote} according to the ${words(3)}.`);
    const text = sentences.join(' ') + '\n';
    write(`claims/${storyId}/story.txt`, text);
    write(
      `claims/${storyId}/story.yaml`,
      `apiVersion: claims/v1\nkind: Story\nid: ${storyId}\ntitle: The ${words(5)}\ntext: story.txt\nsha256: ${createHash('sha256').update(text).digest('hex')}\npublisher: The Daily ${pick(WORDS)}\npublished: 2026-0${1 + (s % 9)}-1${s % 10}\nbyline: null\n`,
    );
    const claims: string[] = [];
    for (let c = 0; c < count; c++) {
      const id = `${storyId}-claim-${c}`;
      const type = pick(TYPES);
      const attributions = type === 'fact' && next() < 0.3 ? 0 : 1 + Math.floor(next() * 2);
      const lines = [
        'apiVersion: claims/v1',
        'kind: Claim',
        `id: ${id}`,
        `story: ${storyId}`,
        'statement: >-',
        `  The ${words(12)} was ${words(10)} after the ${words(8)}, the`,
        `  ${words(10)} said in a ${words(6)}.`,
        `summary: ${words(6).slice(0, 70)}`,
        `type: ${type}`,
        'anchor:',
        `  exact: "${sentences[c]}"`,
        attributions === 0 ? 'attribution: []' : 'attribution:',
      ];
      for (let a = 0; a < attributions; a++) {
        lines.push(`  - source: source-${Math.floor(next() * SOURCES)}`, `    relation: ${pick(RELATIONS)}`);
        if (next() < 0.3) lines.push(`    via: [source-${Math.floor(next() * SOURCES)}]`);
        if (next() < 0.4) lines.push(`    quote: ${quotes[c]}`);
      }
      if (next() < 0.5) {
        lines.push(
          'evidence:',
          '  - type: publication',
          `    title: ${words(6)}`,
          `    url: https://example.org/${storyId}/${c}`,
          '    retrieved: 2026-03-01',
          '    relation: supports',
          `    origin: source-${Math.floor(next() * SOURCES)}`,
        );
      }
      if (c > 0 && next() < 0.3) lines.push(`derivedFrom: [${storyId}-claim-${Math.floor(next() * c)}]`);
      if (c > 0 && next() < 0.1) lines.push(`contradicts: [${storyId}-claim-${Math.floor(next() * c)}]`);
      lines.push(
        'confidence:',
        `  likelihood: ${pick(LIKELIHOODS)}`,
        `  credibility: ${2 + Math.floor(next() * 4)}`,
        '  rationale: >-',
        `    The ${words(14)} and the ${words(12)} support it, while the`,
        `    ${words(12)} leaves the ${words(8)} open; no document was seen.`,
        'status: unreviewed',
        `tags: [${pick(WORDS)}, ${pick(WORDS)}-desk]`,
      );
      claims.push(lines.join('\n') + '\n');
    }
    if (options.layout === 'per-story') write(`claims/${storyId}/claims.yaml`, claims.join('---\n'));
    else claims.forEach((claim, c) => write(`claims/${storyId}/claims/${storyId}-claim-${c}.yaml`, claim));
    written += count;
  }
  return { files, claims: written, stories };
}
