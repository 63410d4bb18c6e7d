import type { Severity } from '../model/diagnostic.js';
import { ruleDocsUrl } from '../paths.js';
import type { Workspace } from '../load/workspace.js';
import type { Finding } from './finding.js';
import type { Thresholds } from './thresholds.js';
import type { VerifyContext } from './verify-context.js';

/** `validate` runs the structural rules; `verify` runs every rule. */
export type Stage = 'validate' | 'verify';

export interface RuleMeta {
  id: string;
  /** Severity unless the config says otherwise. */
  severity: Severity;
  /** One line: what the rule catches. */
  summary: string;
  stage: Stage;
  /** False for the parsing and schema rules: the records later rules read depend on them. */
  configurable: boolean;
  /** The rule's page, docs/rules/<id>.md. */
  docsUrl: string;
}

export interface RuleContext {
  workspace: Workspace;
  thresholds: Thresholds;
  report(finding: Omit<Finding, 'ruleId'>): void;
}

/** Verify-stage rules also see the story texts, anchors and evidence, read once per run. */
export interface VerifyRuleContext extends RuleContext {
  verify: VerifyContext;
}

export type Rule = RuleMeta &
  (
    | { stage: 'validate'; /** Absent for rules the loader or schema stage reports. */ check?: (context: RuleContext) => void }
    | { stage: 'verify'; check?: (context: VerifyRuleContext) => void }
  );

type RuleInput = Omit<RuleMeta, 'configurable' | 'docsUrl'> & { configurable?: boolean } & (
    { stage: 'validate'; check?: (context: RuleContext) => void } | { stage: 'verify'; check?: (context: VerifyRuleContext) => void }
  );

export function defineRule(rule: RuleInput): Rule {
  return { configurable: true, docsUrl: ruleDocsUrl(rule.id), ...rule } as Rule;
}
