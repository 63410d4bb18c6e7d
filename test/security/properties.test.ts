import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTICS_FORMATS } from '../../src/render/diagnostics/index.js';
import { runClaims } from '../support/cli.js';
import { yamlText } from '../support/generators.js';
import { runnerCommandLines } from '../support/hostile-cases.js';
import { makeRepo } from '../support/repo.js';

/** Thousands of generated cases take minutes in CI, beyond vitest's default per-test timeout. */
const PROPERTY_TIMEOUT_MS = 600_000;

/** CI runs at least 10,000 generated cases in all (three properties of 3,400); a local run takes a quick sample. */
const RUNS = process.env.CI ? 3400 : 150;

const BASE = {
  'claims/story.txt': 'A Heading\nThe council met. Officials allegedly ignored the auditor.',
  'claims/story.yaml': 'apiVersion: claims/v1\nkind: Story\nid: story\ntitle: T\ntext: story.txt\n',
  'claims/sources.yaml':
    'apiVersion: claims/v1\nkind: Source\nid: named\ntype: person\nname: N\ndescription: d\n---\napiVersion: claims/v1\nkind: Source\nid: anon\ntype: person\ndescription: an official\nanonymity: { reason: null, howKnown: unknown }\n',
};

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
    expect([...DIAGNOSTICS_FORMATS].sort()).toEqual(Object.keys(WELL_FORMED).sort());
  });

  for (const command of ['validate', 'verify'] as const) {
    it(
      `${command}: exit 0 or 1, well-formed output in every format`,
      async () => {
        expect.hasAssertions();
        // The generator bounds each input's size; that no hostile input hangs a run is hostile.test.ts's, with a real process and a timeout.
        await fc.assert(
          fc.asyncProperty(yamlText, fc.constantFrom(...Object.keys(WELL_FORMED)), async (text, format) => {
            writeFileSync(target, text);
            const result = await runClaims([command, '--format', format], { cwd: repo });
            expect([0, 1]).toContain(result.code);
            expect(result.stderr).not.toContain('internal error');
            WELL_FORMED[format]!(result.stdout);
            // No line is a CI runner command, but for the annotations `github` writes itself.
            expect(runnerCommandLines(result.stdout, format === 'github' ? /^::(error|warning|notice)[ :]/ : undefined)).toEqual([]);
          }),
          { numRuns: RUNS },
        );
      },
      PROPERTY_TIMEOUT_MS,
    );
  }

  it(
    'a generated file beside a valid one never hides the valid one',
    async () => {
      await fc.assert(
        fc.asyncProperty(yamlText, async (text) => {
          mkdirSync(path.join(repo, 'claims', 'more'), { recursive: true });
          writeFileSync(target, text);
          writeFileSync(
            path.join(repo, 'claims', 'more', 'dup.yaml'),
            'apiVersion: claims/v1\nkind: Source\nid: named\ntype: person\nname: N\ndescription: d\n',
          );
          const result = await runClaims(['validate', '--format', 'json'], { cwd: repo });
          rmSync(path.join(repo, 'claims', 'more'), { recursive: true });
          const report = JSON.parse(result.stdout) as { summary: { files: number }; diagnostics: { ruleId: string; file: string }[] };
          expect(report.summary.files).toBe(4);
          // The duplicate id in the second file is always found, whatever the generated file holds.
          expect(report.diagnostics.some((d) => d.ruleId === 'id/duplicate' && d.file === 'claims/sources.yaml')).toBe(true);
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
