import { describe, expect, it } from 'vitest';
import { RULES, type RuleId } from '../../../src/check/catalogue.js';
import { packageJson, ruleDocsUrl } from '../../../src/model/package.js';
import { RULE_HELP } from '../../../src/render/diagnostics/rule-help.generated.js';
import { FINGERPRINT_KEY, sarif, uriReference } from '../../../src/render/diagnostics/sarif.js';
import { HOSTILE, diagnostic, report, sarifSchemaErrors } from './support.js';

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        fullName: string;
        version: string;
        informationUri: string;
        rules: {
          id: string;
          name?: string;
          shortDescription: { text: string };
          fullDescription: { text: string };
          help: { text: string; markdown: string };
          helpUri: string;
          defaultConfiguration: { level: string };
        }[];
      };
    };
    automationDetails: { id: string };
    originalUriBaseIds: Record<string, unknown>;
    artifacts: { location: { uri: string; uriBaseId: string } }[];
    columnKind: string;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: { artifactLocation: { uri: string; uriBaseId: string; index: number }; region: Record<string, number> };
      }[];
      partialFingerprints: Record<string, string>;
      suppressions?: { kind: string; justification: string }[];
    }[];
  }[];
}

function render(...args: Parameters<typeof report>): SarifLog {
  return JSON.parse(sarif(report(...args))) as SarifLog;
}

describe('sarif formatter', () => {
  it('the official SARIF 2.1.0 schema rejects what it should (the validator is live)', () => {
    expect(sarifSchemaErrors({ version: '2.1.0', runs: [{ tool: { driver: { name: 'claims' } }, results: [] }] })).toEqual([]);
    expect(
      sarifSchemaErrors({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'claims' } }, results: [{ level: 'fatal', message: { text: 'x' } }] }],
      }),
    ).not.toEqual([]);
    expect(
      sarifSchemaErrors({ version: '2.1.0', runs: [{ tool: { driver: { name: 'claims' } }, artifacts: [{ location: { uri: 'a b' } }] }] }),
    ).not.toEqual([]);
  });

  it('validates against the official schema, clean, with findings, and with hostile text', () => {
    expect(sarifSchemaErrors(render([]))).toEqual([]);
    const log = render([
      diagnostic(),
      diagnostic({ severity: 'warning', ruleId: 'sourcing/unattributed', suppression: { reason: HOSTILE } }),
      diagnostic({
        severity: 'info',
        ruleId: 'coverage/uncovered-sentence',
        file: 'claims/demo/story.txt',
        line: 1,
        column: 145,
        endLine: 1,
        endColumn: 174,
        recordId: undefined,
        pointer: undefined,
      }),
      diagnostic({ message: HOSTILE, file: 'claims/100% sure, [x] #1 ü:?.yaml' }),
    ]);
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('describes the tool and every rule of the catalogue', () => {
    const { driver } = render([]).runs[0]!.tool;
    expect(driver).toMatchObject({
      name: 'claims',
      fullName: `claims ${packageJson.version}`,
      version: packageJson.version,
      informationUri: packageJson.homepage,
    });
    expect(driver.rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    const unattributed = driver.rules.find((rule) => rule.id === 'sourcing/unattributed');
    const summary = RULES.find((rule) => rule.id === 'sourcing/unattributed')!.summary;
    expect(unattributed).toEqual({
      id: 'sourcing/unattributed',
      name: 'SourcingUnattributed',
      shortDescription: { text: summary },
      fullDescription: { text: `${summary}\n\n${RULE_HELP['sourcing/unattributed'].catches.text}` },
      help: { text: expect.any(String), markdown: expect.any(String) },
      helpUri: ruleDocsUrl('sourcing/unattributed'),
      defaultConfiguration: { level: 'warning' },
    });
    expect(driver.rules.find((rule) => rule.id === 'coverage/uncovered-sentence')?.defaultConfiguration.level).toBe('note');
    expect(driver.rules.find((rule) => rule.id === 'schema')?.name).toBeUndefined();
  });

  it('gives every rule a full description and help from its page: what it catches, why it matters, how to fix it', () => {
    const { rules } = render([]).runs[0]!.tool.driver;
    for (const rule of rules) {
      const { summary, configurable } = RULES.find((candidate) => candidate.id === rule.id)!;
      const help = RULE_HELP[rule.id as RuleId];
      expect(rule.fullDescription.text.startsWith(`${summary}\n\n`)).toBe(true);
      const sections = [
        summary,
        '## What it catches',
        help.catches.markdown,
        '## Why it matters to a fact-checker',
        help.matters.markdown,
        '## How to fix',
        help.fix.markdown,
      ];
      expect(rule.help.markdown.startsWith(`${sections.join('\n\n')}\n\n`)).toBe(true);
      expect(rule.help.markdown.endsWith(`\n\nFailing and passing examples: [\`${rule.id}\`](${ruleDocsUrl(rule.id)}).`)).toBe(true);
      expect(rule.help.text).toContain(`How to fix\n\n${help.fix.text}\n\n`);
      expect(rule.help.text.endsWith(`Failing and passing examples: ${ruleDocsUrl(rule.id)}`)).toBe(true);
      expect(rule.help.markdown).toContain(configurable ? 'can be re-graded or turned off' : 'cannot be turned off');
      // Shown far from docs/rules/: no relative link may remain, and plain text carries no link syntax.
      expect(rule.help.markdown).not.toMatch(/\]\((?![a-z]+:)/);
      expect(`${rule.help.text}${rule.fullDescription.text}`).not.toMatch(/\]\(|\*\*/);
    }
    const unresolved = rules.find((rule) => rule.id === 'ref/unresolved')!;
    expect(unresolved.help.markdown).toContain(`[\`schema\`](${ruleDocsUrl('schema')})`);
    expect(unresolved.help.text).toContain(`\`schema\` (${ruleDocsUrl('schema')})`);
  });

  it('names its code-scanning category after the command, with nothing that changes from run to run', () => {
    expect(render([]).runs[0]!.automationDetails).toEqual({ id: 'claims/verify/' });
    expect(render([], { command: 'validate' }).runs[0]!.automationDetails).toEqual({ id: 'claims/validate/' });
    const findings = [diagnostic(), diagnostic({ severity: 'warning', suppression: { reason: 'checked' } })];
    expect(sarif(report(findings))).toBe(sarif(report(findings)));
  });

  it('writes a result per finding with rule index, level, message, location and region', () => {
    const log = render([
      diagnostic(),
      diagnostic({ severity: 'info', ruleId: 'coverage/uncovered-sentence', file: 'claims/demo/story.txt' }),
    ]);
    const run = log.runs[0]!;
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(log.version).toBe('2.1.0');
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(Object.keys(run.originalUriBaseIds)).toEqual(['%SRCROOT%']);
    expect(run.artifacts.map((artifact) => artifact.location.uri)).toEqual([
      'claims/demo/claims.yaml',
      'claims/demo/sources.yaml',
      'claims/demo/story.txt',
    ]);
    const [first, second] = run.results;
    expect(first).toMatchObject({
      ruleId: 'schema',
      ruleIndex: RULES.findIndex((rule) => rule.id === 'schema'),
      level: 'error',
      message: { text: 'unknown field "x"' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'claims/demo/claims.yaml', uriBaseId: '%SRCROOT%', index: 0 },
            region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 12 },
          },
        },
      ],
    });
    expect(run.tool.driver.rules[first!.ruleIndex]?.id).toBe('schema');
    expect(second?.level).toBe('note');
    expect(second?.locations[0]?.physicalLocation.artifactLocation.index).toBe(2);
    expect(first?.suppressions).toBeUndefined();
  });

  it('carries a suppression with its reason as an in-source suppression', () => {
    const [result] = render([diagnostic({ suppression: { reason: 'the desk checked it by phone' } })]).runs[0]!.results;
    expect(result?.suppressions).toEqual([{ kind: 'inSource', justification: 'the desk checked it by phone' }]);
  });

  it('keeps a fingerprint when lines shift, and changes it when the finding changes', () => {
    const fingerprint = (overrides: Parameters<typeof diagnostic>[0]) =>
      render([diagnostic(overrides)]).runs[0]!.results[0]!.partialFingerprints[FINGERPRINT_KEY];
    const base = fingerprint({});
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint({ line: 40, endLine: 41, column: 1, endColumn: 2 })).toBe(base);
    expect(fingerprint({ message: 'unknown field "y"' })).not.toBe(base);
    expect(fingerprint({ pointer: '/y' })).not.toBe(base);
    expect(fingerprint({ recordId: 'other' })).not.toBe(base);
    expect(fingerprint({ file: 'claims/other.yaml' })).not.toBe(base);
    expect(fingerprint({ ruleId: 'ref/unresolved' })).not.toBe(base);
  });

  it('tells identical findings apart', () => {
    const results = render([diagnostic(), diagnostic({ line: 9, endLine: 9 })]).runs[0]!.results;
    const [a, b] = results.map((result) => result.partialFingerprints[FINGERPRINT_KEY]);
    expect(a).not.toBe(b);
    expect(b).toBe(`${a}:2`);
  });

  it('percent-encodes paths as relative URI references, segment by segment', () => {
    expect(uriReference('claims/demo/claims.yaml')).toBe('claims/demo/claims.yaml');
    expect(uriReference('claims/100% sure, [x] #1 ü:?.yaml')).toBe('claims/100%25%20sure%2C%20%5Bx%5D%20%231%20%C3%BC%3A%3F.yaml');
    expect(uriReference('claims/a\nb\ud800.yaml')).toBe('claims/a%0Ab%EF%BF%BD.yaml');
  });

  it('collapses a backwards range onto its start instead of writing an invalid region', () => {
    const [result] = render([diagnostic({ line: 5, column: 4, endLine: 2, endColumn: 1 })]).runs[0]!.results;
    expect(result?.locations[0]?.physicalLocation.region).toEqual({ startLine: 5, startColumn: 4, endLine: 5, endColumn: 4 });
  });
});
