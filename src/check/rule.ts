import type { Workspace } from '../load/workspace.js';
import type { NamedFileKind } from '../load/named-files.js';
import type { Part, Position, Severity } from '../model/diagnostic.js';
import type { FieldsByKind } from '../model/fields.js';
import type { LoadedRecord } from '../model/records.js';
import { ruleDocsUrl } from '../model/package.js';
import type { Thresholds } from './thresholds.js';
import type { VerifyContext } from './verify-context.js';

/** `validate` runs the structural rules; `verify` runs every rule. */
export type Stage = 'validate' | 'verify';

/**
 * What a rule reads. The fields kept of each record for a stage, the files load/ reads before the rules
 * run and what a cached result depends on are all derived from these declarations (check/reads.ts);
 * under test, a rule that touches a field it did not declare throws (check/guard-reads.ts).
 */
export interface Reads {
  records: FieldsByKind;
  /**
   * Files records name: story texts, archived evidence, the story texts' git history. A rule that reads the story
   * texts is run a story at a time: its `workspace.valid('Story')` and `valid('Claim')` hold one story and the
   * claims that name it, lookups by id reach every record, and `valid` of other kinds throws (Workspace.byStory).
   */
  files?: readonly NamedFileKind[];
  /** Today's date (`context.today`): a verify result is then cached for the day only. */
  clock?: true;
}

/** Values put into a message's `{{placeholders}}`. */
export type MessageData = Readonly<Record<string, string | number>>;

/** Where in a record a finding points: path segments to the value (a JSON pointer), or a span of another file. */
export type At = readonly (string | number)[] | { file: string; start: Position; end: Position };

export interface ReportOptions {
  /** The key rather than the value at the path (an unknown field, a self-reference). */
  part?: Part;
  /** Overrides the rule's default severity for this finding (e.g. both verified vs. both open). */
  severity?: Severity;
  /**
   * The other claims the finding is about, for a rule that judges a link between claims (`derivedFrom`,
   * `contradicts`): the finding is reported on one record but concerns these as well (Diagnostic.related).
   */
  related?: readonly LoadedRecord<'Claim'>[];
}

export interface RuleContext<MessageId extends string = string> {
  workspace: Workspace;
  thresholds: Thresholds;
  /** Today's date, UTC, YYYY-MM-DD; for rules that declare `reads.clock`. */
  readonly today: string;
  report(record: LoadedRecord, at: At, messageId: MessageId, data?: MessageData, options?: ReportOptions): void;
}

/** Verify-stage rules also see what load/ read for them (story texts, evidence, history) and the anchors resolved in it. */
export interface VerifyRuleContext<MessageId extends string = string> extends RuleContext<MessageId> {
  verify: VerifyContext;
}

interface RuleBase<Id extends string, MessageId extends string> {
  id: Id;
  /** Severity unless the config or the finding says otherwise. */
  severity: Severity;
  /** One line: what the rule catches. */
  summary: string;
  /** Every message the rule can give, by id; `{{name}}` is replaced by the report's data. */
  messages: Readonly<Record<MessageId, string>>;
  reads: Reads;
}

type Check<MessageId extends string> =
  | {
      stage: 'validate';
      /** Absent for rules the loader, the schema stage or the runner reports. */ check?: (context: RuleContext<MessageId>) => void;
    }
  | { stage: 'verify'; check?: (context: VerifyRuleContext<MessageId>) => void };

export type Rule<Id extends string = string, MessageId extends string = string> = RuleBase<Id, MessageId> &
  Check<MessageId> & {
    /** False for the parsing and schema rules: the records later rules read depend on them. */
    configurable: boolean;
    /** The rule's page, docs/rules/<id>.md. */
    docsUrl: string;
  };

export function defineRule<const Id extends string, const MessageId extends string>(
  rule: RuleBase<Id, MessageId> & Check<MessageId> & { configurable?: boolean },
): Rule<Id, MessageId> {
  return { configurable: true, docsUrl: ruleDocsUrl(rule.id), ...rule } as Rule<Id, MessageId>;
}

/** A rule's message with its placeholders filled; a placeholder without data is a bug in the rule, so it throws. */
export function formatMessage(rule: Pick<Rule, 'id' | 'messages'>, messageId: string, data: MessageData = {}): string {
  const template = rule.messages[messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} has no message "${messageId}"`);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`rule ${rule.id}, message "${messageId}": no data for {{${name}}}`);
    return String(value);
  });
}
