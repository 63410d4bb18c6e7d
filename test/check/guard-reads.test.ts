import { describe, expect, it } from 'vitest';
import { withGuardedReads } from '../../src/check/guard-reads.js';
import { fieldsKept, filesRead } from '../../src/check/reads.js';
import { defineRule } from '../../src/check/rule.js';
import { DEFAULT_THRESHOLDS } from '../../src/check/thresholds.js';
import { VerifyContext } from '../../src/check/verify-context.js';
import type { NamedFileKind, NamedFiles } from '../../src/load/named-files.js';
import { Workspace } from '../../src/load/workspace.js';
import type { LoadedRecord } from '../../src/model/records.js';

function claim(value: Record<string, unknown>): LoadedRecord {
  return {
    kind: 'Claim',
    id: 'c1',
    file: 'claims/a.yaml',
    docIndex: 0,
    valid: true,
    value: { id: 'c1', story: 's', ...value },
  } as unknown as LoadedRecord;
}

const ruleReading = (reads: string[], read: (value: Record<string, unknown>) => unknown) =>
  defineRule({
    id: 'test/reads',
    severity: 'warning',
    summary: 'reads fields',
    stage: 'validate',
    reads: { records: { Claim: reads } },
    messages: { never: 'never reported' },
    check: ({ workspace }) => void workspace.records.map((record) => read(record.value as unknown as Record<string, unknown>)),
  });

describe('a rule reading what it did not declare', () => {
  const records = [claim({ status: 'unreviewed', type: 'fact', attribution: [{ source: 'a', relation: 'said', via: ['b'] }] })];
  const run = (rule: ReturnType<typeof ruleReading>) =>
    withGuardedReads(rule, records, undefined, () => rule.check!({ workspace: { records } } as never));

  it('throws, naming the rule and the field', () => {
    expect(() => run(ruleReading(['status'], (value) => value.type))).toThrow(
      "test/reads read the undeclared field Claim.type: add it to the rule's `reads`",
    );
  });

  it('throws inside lists, and for a field probed with `in`', () => {
    expect(() => run(ruleReading(['attribution[].source'], (value) => (value.attribution as { via: unknown }[])[0]!.via))).toThrow(
      'Claim.attribution[].via',
    );
    expect(() => run(ruleReading(['status'], (value) => 'review' in value))).toThrow('Claim.review');
  });

  it('lets declared fields, whole subtrees and the identity fields through, and restores the records after', () => {
    const seen: unknown[] = [];
    run(ruleReading(['attribution'], (value) => seen.push(value.id, value.story, (value.attribution as { via: string[] }[])[0]!.via[0])));
    expect(seen).toEqual(['c1', 's', 'b']);
    expect(records[0]!.value).toEqual(
      claim({ status: 'unreviewed', type: 'fact', attribution: [{ source: 'a', relation: 'said', via: ['b'] }] }).value,
    );
  });
});

describe('a rule using a file it did not declare', () => {
  const workspace = new Workspace('/nowhere', [], []);
  const files: NamedFiles = { storyTexts: new Map(), evidence: [], textChangedOn: new Map(), read: [], usedGit: false };
  const verify = new VerifyContext(workspace, files, DEFAULT_THRESHOLDS);
  const ruleUsing = (declared: NamedFileKind[], use: (verify: VerifyContext) => unknown) =>
    defineRule({
      id: 'test/files',
      severity: 'warning',
      summary: 'uses files',
      stage: 'verify',
      reads: { records: {}, files: declared },
      messages: { never: 'never reported' },
      check: ({ verify: context }) => void use(context),
    });
  const run = (rule: ReturnType<typeof ruleUsing>) =>
    withGuardedReads(rule, [], verify, (context) => rule.check!({ workspace, verify: context } as never));

  it('throws, naming the rule and the file kind to declare', () => {
    expect(() => run(ruleUsing([], (context) => context.storyText('s')))).toThrow(
      "test/files used verify.storyText without declaring the file it comes from: add 'story-text' to the rule's `reads.files`",
    );
    expect(() => run(ruleUsing(['story-text'], (context) => context.evidence))).toThrow("add 'evidence'");
    expect(() => run(ruleUsing(['story-text', 'evidence'], (context) => context.textChangedOn))).toThrow("add 'git-history'");
  });

  it('lets a declared file through', () => {
    expect(() =>
      run(ruleUsing(['story-text'], (context) => [context.storyText('s'), context.anchors, context.coverage('s')])),
    ).not.toThrow();
  });
});

describe('what a stage reads, derived from its rules', () => {
  it('validate reads no files besides the records; verify reads story texts, evidence and history', () => {
    expect([...filesRead('validate')]).toEqual([]);
    expect([...filesRead('verify')].sort()).toEqual(['evidence', 'git-history', 'story-text']);
  });

  it('keeps the fields the rules declared and the ones reading their files takes, and drops the prose', () => {
    const verify = fieldsKept('verify');
    expect(verify.Claim).toEqual(expect.arrayContaining(['contradicts', 'status', 'anchor', 'evidence[].archive', 'review.date']));
    expect(verify.Story).toEqual(expect.arrayContaining(['text', 'sha256', 'retrieved']));
    // A claim's statement is read by confidence/hedge-dropped; the review's prose is still dropped.
    expect(verify.Claim).toContain('statement');
    expect(verify.Claim).not.toContain('review.note');
    expect(verify.Claim).not.toContain('confidence.rationale');
    expect(fieldsKept('validate').Claim).not.toContain('anchor');
  });
});
