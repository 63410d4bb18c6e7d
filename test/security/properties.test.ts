import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { DIAGNOSTICS_FORMATTERS } from '../../src/render/diagnostics/index.js';
import { runInProcess } from '../support/cli.js';
import { makeRepo } from '../support/repo.js';

/** CI runs at least 10,000 generated cases in all (three properties of 3,400); a local run takes a quick sample. */
const RUNS = process.env.CI ? 3400 : 150;
const TIME_BOUND_MS = 2000;

/** Text with the characters that break naive YAML handling and naive output: controls, bidi, quotes, YAML indicators. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('a', ' ', ':', '-', '#', '"', "'", '\n', '\t', '|', '>', '&', '*', '!', '%', '@', '`', '<', '>', ',', '=', '\u001b', '\u0000', '\u202e', '\u2028', '\u00e9', '😀', '\\', '[', ']', '{', '}'), maxLength: 40 }),
  fc.constantFrom('<script>alert(1)</script>', '=HYPERLINK("http://x")', '\u001b[2J\u001b[H ok', 'a | b\n| fake |', '::error::fake', '%0A%25', ']]>', 'claim-\u202e1000', '__proto__', 'x'.repeat(300)),
);

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);

/** A Claim-shaped record whose fields are sometimes right, sometimes wrong in type or value. */
const claimRecord = fc.record(
  {
    apiVersion: fc.constantFrom('claims/v1', 'claims/v2'),
    kind: fc.constantFrom('Claim', 'Source', 'Story', 'claim'),
    id: fc.oneof(id, hostileText),
    story: fc.constantFrom('story', 'missing'),
    statement: hostileText,
    type: fc.constantFrom('fact', 'analysis', 'speculation', 'attributed-statement', 'characterisation', 'opinion'),
    anchor: fc.record({ exact: fc.oneof(fc.constantFrom('The council met.', 'allegedly ignored', 'met'), hostileText) }, { requiredKeys: ['exact'] }),
    attribution: fc.array(fc.record({ source: fc.constantFrom('named', 'anon', 'nobody'), relation: fc.constantFrom('said', 'claimed', 'shouted'), quote: hostileText, via: fc.array(fc.constantFrom('named', 'anon', 'x'), { maxLength: 2 }) }, { requiredKeys: ['source', 'relation'] }), { maxLength: 3 }),
    derivedFrom: fc.array(id, { maxLength: 3 }),
    contradicts: fc.array(id, { maxLength: 2 }),
    confidence: fc.record({ likelihood: fc.constantFrom('likely', 'very-likely', 'almost-certain', 'sure'), credibility: fc.integer({ min: 0, max: 7 }), rationale: hostileText }),
    status: fc.constantFrom('unreviewed', 'verified', 'false', 'refuted'),
    suppress: fc.array(fc.record({ rule: fc.constantFrom('sourcing/unattributed', 'schema', 'nope'), reason: hostileText }), { maxLength: 2 }),
  },
  { requiredKeys: ['apiVersion', 'kind', 'id'] },
);

const BASE = {
  'claims/story.txt': 'A Heading\nThe council met. Officials allegedly ignored the auditor.',
  'claims/story.yaml': 'apiVersion: claims/v1\nkind: Story\nid: story\ntitle: T\ntext: story.txt\n',
  'claims/sources.yaml': 'apiVersion: claims/v1\nkind: Source\nid: named\ntype: person\nname: N\ndescription: d\n---\napiVersion: claims/v1\nkind: Source\nid: anon\ntype: person\ndescription: an official\nanonymity: { reason: null, howKnown: unknown }\n',
};

/** Raw YAML-ish text: fragments of real records interleaved with hostile characters. */
const yamlText = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom('apiVersion: claims/v1\n', 'kind: Claim\n', 'id: a\n', '---\n', '- ', '  ', ': ', '&a ', '*a ', '!!str ', '%YAML 1.1\n', '? ', '[', ']', '{', '}', '"', "'", '|\n', '>-\n', '#', '\t', '\r\n', '\u0000', '\u202e', '\ufeff'), fc.string({ maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join('')),
  claimRecord.map((record) => stringify(record)),
  fc.array(claimRecord, { minLength: 2, maxLength: 4 }).map((records) => records.map((record) => stringify(record)).join('---\n')),
);

/** A checker per diagnostics format: output must be well formed for its medium. */
const WELL_FORMED: Record<string, (output: string) => void> = {
  stylish: (output) => expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/),
  json: (output) => expect(() => JSON.parse(output)).not.toThrow(),
  sarif: (output) => expect(JSON.parse(output).version).toBe('2.1.0'),
  junit: (output) => expect(XMLValidator.validate(output)).toBe(true),
  github: (output) => {
    expect(output).not.toContain('\r');
    // Every line is one well-formed command, or plain text that the runner cannot take for a command.
    for (const line of output.split('\n').filter(Boolean)) {
      if (line.startsWith('::')) expect(line).toMatch(/^::(error|warning|notice)( [^:]*)?::/);
      else expect(line).not.toMatch(/^(##\[|::)/);
    }
  },
};

describe('generated input never breaks claims', () => {
  const repo = makeRepo({ files: BASE });
  const target = path.join(repo, 'claims', 'generated.yaml');

  it('has a well-formedness check for every diagnostics format', () => {
    expect(Object.keys(DIAGNOSTICS_FORMATTERS).sort()).toEqual(Object.keys(WELL_FORMED).sort());
  });

  for (const command of ['validate', 'verify'] as const) {
    it(`${command}: exit 0 or 1, well-formed output in every format, within the time bound`, async () => {
      await fc.assert(
        fc.asyncProperty(yamlText, fc.constantFrom(...Object.keys(WELL_FORMED)), async (text, format) => {
          writeFileSync(target, text);
          const started = performance.now();
          const result = await runInProcess([command, '--format', format], { cwd: repo });
          const elapsed = performance.now() - started;
          expect([0, 1]).toContain(result.code);
          expect(result.stderr).not.toContain('internal error');
          WELL_FORMED[format]!(result.stdout);
          expect(elapsed).toBeLessThan(TIME_BOUND_MS);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('a generated file beside a valid one never hides the valid one', async () => {
    await fc.assert(
      fc.asyncProperty(yamlText, async (text) => {
        mkdirSync(path.join(repo, 'claims', 'more'), { recursive: true });
        writeFileSync(target, text);
        writeFileSync(path.join(repo, 'claims', 'more', 'dup.yaml'), 'apiVersion: claims/v1\nkind: Source\nid: named\ntype: person\nname: N\ndescription: d\n');
        const result = await runInProcess(['validate', '--format', 'json'], { cwd: repo });
        rmSync(path.join(repo, 'claims', 'more'), { recursive: true });
        const report = JSON.parse(result.stdout) as { summary: { files: number }; diagnostics: { ruleId: string; file: string }[] };
        expect(report.summary.files).toBe(4);
        // The duplicate id in the second file is always found, whatever the generated file holds.
        expect(report.diagnostics.some((d) => d.ruleId === 'id/duplicate' && d.file === 'claims/sources.yaml')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
