import { compareDiagnostics, compareText, type Diagnostic } from '../model/diagnostic.js';
import type { Config, LoadedRecord } from '../model/records.js';
import { loadAndValidate } from '../load/parallel.js';
import { Workspace } from '../load/workspace.js';
import { RULES, RULES_BY_ID } from './catalogue.js';
import type { Finding } from './finding.js';
import { locateFindings, type KeptFinding } from './locate-findings.js';
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
  /** Keep whole records, not only what the stage's checks read (the editors' views show their text). */
  keepRecords?: boolean;
}): Promise<CheckRun> {
  const { root, stage, config } = options;
  const loaded = await loadAndValidate(root, options.files, options.jobs, options.keepRecords ? 'records' : stage);
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
  const diagnostics = locateFindings(root, kept);
  const stories = verify ? summarise(workspace, verify, kept) : [];
  return { stage, workspace, verify, thresholds, diagnostics: diagnostics.sort(compareDiagnostics), stories };
}

function summarise(workspace: Workspace, verify: VerifyContext, findings: readonly KeptFinding[]): StorySummary[] {
  const summaries = new Map<string, StorySummary>();
  for (const story of workspace.stories.values()) {
    if (!story.valid) continue;
    const coverage = verify.coverage(story.value.id);
    summaries.set(story.value.id, {
      storyId: story.value.id,
      claims: workspace.claimsOf(story.value.id).length,
      anchored: coverage?.anchored ?? 0,
      sentences: coverage?.sentenceCount ?? 0,
      coverage: coverage?.percent,
      errors: 0,
      warnings: 0,
    });
  }
  for (const finding of findings) {
    if (finding.suppression || !finding.record) continue;
    const storyId =
      finding.record.kind === 'Claim'
        ? (finding.record as LoadedRecord<'Claim'>).value.story
        : finding.record.kind === 'Story'
          ? finding.record.id
          : undefined;
    const summary = storyId === undefined ? undefined : summaries.get(storyId);
    if (!summary) continue;
    if (finding.severity === 'error') summary.errors++;
    else if (finding.severity === 'warning') summary.warnings++;
  }
  return [...summaries.values()].sort((a, b) => compareText(a.storyId, b.storyId));
}

function applyConfigAndSuppressions(findings: readonly Finding[], config: Config): KeptFinding[] {
  const kept: KeptFinding[] = [];
  for (const finding of findings) {
    const rule = RULES_BY_ID.get(finding.ruleId);
    if (!rule) throw new Error(`finding for unknown rule ${finding.ruleId}`);
    const configured = rule.configurable ? config.rules?.[rule.id] : undefined;
    if (configured === 'off') continue;
    const severity = configured ?? finding.severity ?? rule.severity;
    const entry = rule.configurable
      ? finding.record?.valid && finding.record.value.suppress?.find((suppression) => suppression.rule === rule.id)
      : undefined;
    kept.push({ ...finding, severity, ...(entry ? { suppression: { reason: entry.reason } } : {}) });
  }
  return kept;
}
