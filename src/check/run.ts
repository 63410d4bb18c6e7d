import { compareDiagnostics, compareText, type Diagnostic, type Severity } from '../model/diagnostic.js';
import type { Config, LoadedRecord } from '../model/records.js';
import { decodeUtf8 } from '../load/decode.js';
import { LIMITS } from '../load/limits.js';
import { loadAndValidate } from '../load/parallel.js';
import { YamlLocator } from '../load/locate.js';
import { readRegularFile } from '../load/safe-read.js';
import { TextIndex } from '../load/text-index.js';
import { Workspace } from '../load/workspace.js';
import path from 'node:path';
import { RULES, RULES_BY_ID } from './catalogue.js';
import { storyCoverage } from './coverage.js';
import type { Finding } from './finding.js';
import type { Stage } from './rule.js';
import { unusedSuppressions } from './rules/suppress-unused.js';
import { resolveThresholds, type Thresholds } from './thresholds.js';
import { VerifyContext } from './verify-context.js';

export interface CheckRun {
  stage: Stage;
  workspace: Workspace;
  /** Present after `verify`: story texts, anchors, evidence states. */
  verify: VerifyContext | undefined;
  thresholds: Thresholds;
  /** Every diagnostic, sorted; suppressed ones carry their `suppression`. */
  diagnostics: Diagnostic[];
  /** One line per story after `verify`, sorted by story id. */
  stories: StorySummary[];
}

export interface StorySummary {
  storyId: string;
  claims: number;
  anchored: number;
  sentences: number;
  /** Share of sentences with a claim anchored in them, 0–100; undefined when the text could not be read. */
  coverage: number | undefined;
  errors: number;
  warnings: number;
}

/** load → check: parses the files, runs the stage's rules, applies config and suppressions, locates findings. */
export async function runChecks(options: {
  root: string;
  files: readonly string[];
  stage: Stage;
  config: Config;
  jobs?: number | undefined;
  /** Keep whole records after a `validate` run too (the editors' views show their text). */
  keepRecords?: boolean;
}): Promise<CheckRun> {
  const { root, stage, config } = options;
  const loaded = await loadAndValidate(root, options.files, options.jobs, options.keepRecords || stage === 'verify' ? 'records' : 'structure');
  const findings: Finding[] = [...loaded.findings];
  const workspace = new Workspace(root, loaded.files, loaded.records);
  const thresholds = resolveThresholds(config.thresholds);
  const verify = stage === 'verify' ? await VerifyContext.prepare(workspace, thresholds) : undefined;
  for (const rule of RULES) {
    if (!rule.check || (stage === 'validate' && rule.stage === 'verify') || config.rules?.[rule.id] === 'off') continue;
    const report = (finding: Omit<Finding, 'ruleId'>) => findings.push({ ruleId: rule.id, ...finding });
    if (rule.stage === 'verify') rule.check({ workspace, thresholds, report, verify: verify! });
    else rule.check({ workspace, thresholds, report });
  }
  const kept = applyConfigAndSuppressions(findings, config);
  if (stage === 'verify' && config.rules?.['suppress/unused'] !== 'off') {
    kept.push(...applyConfigAndSuppressions(unusedSuppressions(workspace.records, kept, config, RULES_BY_ID), config));
  }
  const diagnostics = await locate(root, kept);
  const stories = verify ? summarise(workspace, verify, kept) : [];
  return { stage, workspace, verify, thresholds, diagnostics: diagnostics.sort(compareDiagnostics), stories };
}

function summarise(workspace: Workspace, verify: VerifyContext, findings: readonly KeptFinding[]): StorySummary[] {
  const summaries = new Map<string, StorySummary>();
  for (const story of workspace.stories.values()) {
    if (!story.valid) continue;
    const coverage = storyCoverage(workspace, verify, story.value.id);
    summaries.set(story.value.id, {
      storyId: story.value.id,
      claims: workspace.claimsOf(story.value.id).length,
      anchored: coverage?.anchored ?? 0,
      sentences: coverage?.sentences.length ?? 0,
      coverage: coverage?.percent,
      errors: 0,
      warnings: 0,
    });
  }
  for (const finding of findings) {
    if (finding.suppression || !finding.record) continue;
    const storyId = finding.record.kind === 'Claim' ? (finding.record as LoadedRecord<'Claim'>).value.story : finding.record.kind === 'Story' ? finding.record.id : undefined;
    const summary = storyId === undefined ? undefined : summaries.get(storyId);
    if (!summary) continue;
    if (finding.severity === 'error') summary.errors++;
    else if (finding.severity === 'warning') summary.warnings++;
  }
  return [...summaries.values()].sort((a, b) => compareText(a.storyId, b.storyId));
}

interface KeptFinding extends Finding {
  severity: Severity;
  suppression?: { reason: string };
}

function applyConfigAndSuppressions(findings: readonly Finding[], config: Config): KeptFinding[] {
  const kept: KeptFinding[] = [];
  for (const finding of findings) {
    const rule = RULES_BY_ID.get(finding.ruleId);
    if (!rule) throw new Error(`finding for unknown rule ${finding.ruleId}`);
    const configured = rule.configurable ? config.rules?.[rule.id] : undefined;
    if (configured === 'off') continue;
    const severity = configured ?? finding.severity ?? rule.severity;
    const entry = rule.configurable ? finding.record?.valid && finding.record.value.suppress?.find((suppression) => suppression.rule === rule.id) : undefined;
    kept.push({ ...finding, severity, ...(entry ? { suppression: { reason: entry.reason } } : {}) });
  }
  return kept;
}

/** Turns every finding's place into 1-based positions, re-reading only files that have findings inside records. */
async function locate(root: string, findings: readonly KeptFinding[]): Promise<Diagnostic[]> {
  const locators = new Map<string, { locator: YamlLocator; index: TextIndex } | undefined>();
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings) {
    const { place } = finding;
    let start = { line: 1, column: 1 };
    let end = { line: 1, column: 1 };
    let pointer: string | undefined;
    if ('docIndex' in place) {
      if (!locators.has(place.file)) locators.set(place.file, await openLocator(root, place.file));
      const located = locators.get(place.file);
      if (located) {
        const span = located.locator.locate(place.docIndex, place.pointer, place.part);
        start = located.index.positionAt(span.start);
        end = located.index.positionAt(Math.max(span.end, span.start + 1));
      }
      pointer = place.pointer;
    } else {
      start = place.start;
      end = place.end;
      pointer = place.pointer;
    }
    const recordId = finding.record?.id;
    diagnostics.push({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      file: place.file,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      ...(recordId !== undefined ? { recordId } : {}),
      ...(pointer !== undefined ? { pointer } : {}),
      ...(finding.suppression ? { suppression: finding.suppression } : {}),
    });
  }
  return diagnostics;
}

async function openLocator(root: string, file: string) {
  const read = readRegularFile(path.resolve(root, file), LIMITS.maxRecordFileBytes);
  if (!read.ok) return undefined;
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok) return undefined;
  return { locator: new YamlLocator(decoded.text), index: new TextIndex(decoded.text) };
}

