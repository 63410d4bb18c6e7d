import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { glob } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { decodeUtf8 } from '../../src/load/decode.js';
import { fastParse, type FastDocument } from '../../src/load/fast-parse.js';
import { fastLocator } from '../../src/load/fast-locate.js';
import { joinPointer } from '../../src/model/pointer.js';
import { YamlLocator } from '../../src/load/locate.js';
import { parseYamlText } from '../../src/load/parse-yaml.js';
import { yamlText } from '../support/generators.js';
import { HOSTILE_CASES } from '../support/hostile-cases.js';
import { projectRoot } from '../support/repo.js';

/** Thousands of generated cases take minutes in CI, beyond vitest's default per-test timeout. */
const PROPERTY_TIMEOUT_MS = 600_000;

/**
 * The fast path (js-yaml events) may only accept a file the full parser (`yaml`, which gives the
 * positions and diagnostics) also accepts, and must then read exactly the same values. Whatever the
 * loader rejects, the fast path declines, so every rejection comes from the full parser.
 */
function expectAgreement(text: string) {
  const fast = fastParse(text);
  const full = parseYamlText(text);
  if (fast === undefined) return 'declined';
  expect(full.problems).toEqual([]);
  // Records are JSON data: compare as JSON, where -0 and 0 are one number.
  const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
  expect(asJson(fast.map((document) => document.value))).toEqual(asJson(full.documents.map((document) => document.value)));
  expectStandaloneDocumentsLocateAlike(text, fast);
  return 'agreed';
}

/** Documents the fast locator described node for node, and documents it left to YamlLocator. */
const fastLocated = { described: 0, declined: 0 };

/**
 * Findings are located by re-parsing only their document's slice (FastDocument.standalone), with
 * js-yaml's events (fast-locate.ts): every value and key of every document, and every field missing
 * from a mapping or list, must come out at the same place as when the whole file is parsed with `yaml`.
 */
function expectStandaloneDocumentsLocateAlike(text: string, documents: FastDocument[]) {
  const whole = new YamlLocator(text);
  documents.forEach(({ value, standalone }, docIndex) => {
    const slice = text.slice(standalone.start, standalone.end);
    const fast = fastLocator(slice);
    fastLocated[fast ? 'described' : 'declined']++;
    for (const alone of fast ? [new YamlLocator(slice), fast] : [new YamlLocator(slice)]) {
      for (const pointer of pointersOf(value)) {
        for (const part of ['key', 'value'] as const) {
          const span = alone.locate(0, pointer, part);
          expect({ pointer, part, start: span.start + standalone.start, end: span.end + standalone.start }).toEqual({
            pointer,
            part,
            ...whole.locate(docIndex, pointer, part),
          });
        }
      }
    }
  });
}

/** Every value's pointer, and below every mapping and list one that names nothing. */
function pointersOf(value: unknown, at: (string | number)[] = []): string[] {
  const here = joinPointer(at);
  if (Array.isArray(value))
    return [here, joinPointer([...at, value.length]), ...value.flatMap((item, index) => pointersOf(item, [...at, index]))];
  if (typeof value === 'object' && value !== null)
    return [here, joinPointer([...at, 'absent']), ...Object.entries(value).flatMap(([key, item]) => pointersOf(item, [...at, key]))];
  return [here];
}

const generated = mkdtempSync(path.join(tmpdir(), 'claims-agreement-'));
afterAll(() => rmSync(generated, { recursive: true, force: true }));

describe('fast and full YAML parsers', () => {
  it('agree on every record file in the repository and its fixtures', async () => {
    const files = await glob(['claims/**/*.{yaml,yml}', 'test/fixtures/**/*.{yaml,yml}'], { cwd: projectRoot, absolute: true });
    expect(files.length).toBeGreaterThan(50);
    const outcomes = { agreed: 0, declined: 0 };
    for (const file of files) {
      const decoded = decodeUtf8(readFileSync(file));
      if (decoded.ok) outcomes[expectAgreement(decoded.text)]++;
    }
    // The fast path must actually take the common case, or it is no fast path; so must the fast locator.
    expect(outcomes.agreed).toBeGreaterThan(outcomes.declined);
    expect(fastLocated.described).toBeGreaterThan(fastLocated.declined);
  });

  it('agree on a generated archive in both layouts', async () => {
    generateCorpus(path.join(generated, 'per-story'), { claims: 300, layout: 'per-story', seed: 7 });
    generateCorpus(path.join(generated, 'per-claim'), { claims: 100, layout: 'per-claim', seed: 8 });
    const files = await glob('**/*.yaml', { cwd: generated, absolute: true });
    for (const file of files) expect(expectAgreement(readFileSync(file, 'utf8'))).toBe('agreed');
  });

  it.each(HOSTILE_CASES)('hostile file "$name": the fast path declines what YAML rules reject', ({ content, rule }) => {
    expect.hasAssertions();
    const decoded = decodeUtf8(typeof content === 'string' ? Buffer.from(content) : content);
    if (!decoded.ok) {
      // Not UTF-8: the decoder reports it, and neither parser ever sees the file.
      expect(rule).toBe('yaml/encoding');
      return;
    }
    const outcome = expectAgreement(decoded.text);
    if (rule.startsWith('yaml/')) expect(outcome).toBe('declined');
    // A case the schema rejects is valid YAML: when the fast path declines it, the full parser reads it without a problem.
    else if (outcome === 'declined') expect(parseYamlText(decoded.text).problems).toEqual([]);
  });

  it(
    'agree on generated YAML',
    () => {
      fc.assert(
        fc.property(yamlText, (text) => {
          expectAgreement(text);
        }),
        { numRuns: process.env.CI ? 3000 : 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it.each([
    ['numbers', 'a: 012\nb: 0o12\nc: 0x1F\nd: 1e3\ne: +1\nf: .5\ng: 1_000\ni: -0\nj: 09\n', 'agreed'],
    ['nulls and booleans', 'a: ~\nb: Null\nc: TRUE\nd: yes\ne: no\nf: on\n', 'agreed'],
    ['dates stay text', 'a: 2025-11-26\nb: 2025-11-26T10:00:00Z\n', 'agreed'],
    ['block scalars', 'a: |\n  x\n  y\nb: >-\n  x\n  y\nc: |+\n  x\n\n', 'agreed'],
    ['quoting', `a: 'it''s'\nb: "tab\\tnew\\nline"\nc: "\\u00e9"\n`, 'agreed'],
    ['multi-document', 'a: 1\n---\nb: 2\n', 'agreed'],
    ['flow collections', 'a: [1, "two", {b: c}]\n', 'agreed'],
    ['CRLF', 'a: 1\r\nb: |\r\n  x\r\n', 'agreed'],
    ['binary integers (a number to js-yaml, text to YAML 1.2)', 'a: 0b101\n', 'declined'],
    ['empty documents', 'a: 1\n---\n---\n', 'declined'],
    ['comments only', '# nothing\n', 'declined'],
    ['an escaped control character', 'a: "\\e[2J"\n', 'declined'],
    ['a key that is a boolean', 'True: x\n', 'declined'],
  ])('%s', (_name, text, outcome) => {
    expect.hasAssertions();
    expect(expectAgreement(text)).toBe(outcome);
  });
});
