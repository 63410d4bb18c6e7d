import type { Finding } from '../../model/diagnostic.js';
import { joinPointer } from '../../model/pointer.js';
import type { Config, LoadedRecord } from '../../model/records.js';
import { didYouMean } from '../../model/suggest.js';
import { defineRule, formatMessage, type MessageData, type Rule } from '../rule.js';

// The runner reports this one (it needs to know which suppressions fired): see unusedSuppressions.
export const suppressUnused = defineRule({
  id: 'suppress/unused',
  severity: 'warning',
  summary: 'A suppression silences nothing: the finding is gone, the rule id is wrong, or the rule cannot be suppressed.',
  stage: 'verify',
  reads: { records: {} },
  messages: {
    unknownRule: 'suppresses unknown rule "{{rule}}"{{didYouMean}}',
    notSuppressible: 'rule "{{rule}}" cannot be suppressed; fix the record instead',
    unused: 'suppression of "{{rule}}" silences nothing here; remove it',
  },
});

type MessageId = keyof typeof suppressUnused.messages;

/** Suppressions of valid records that matched no finding of this run. */
export function unusedSuppressions(
  records: readonly LoadedRecord[],
  findings: readonly Finding[],
  config: Config,
  rulesById: ReadonlyMap<string, Rule>,
): Finding[] {
  const used = new Set<string>();
  for (const finding of findings) {
    if (finding.record) used.add(`${finding.record.file}\u0000${finding.record.docIndex}\u0000${finding.ruleId}`);
  }
  const unused: Finding[] = [];
  for (const record of records) {
    if (!record.valid) continue;
    (record.value.suppress ?? []).forEach((suppression, index) => {
      const rule = rulesById.get(suppression.rule);
      if (rule && config.rules?.[rule.id] === 'off') return;
      if (rule?.configurable && used.has(`${record.file}\u0000${record.docIndex}\u0000${rule.id}`)) return;
      const [messageId, data]: [MessageId, MessageData] = !rule
        ? ['unknownRule', { rule: suppression.rule, didYouMean: didYouMean(suppression.rule, rulesById.keys()) }]
        : !rule.configurable
          ? ['notSuppressible', { rule: rule.id }]
          : ['unused', { rule: rule.id }];
      unused.push({
        ruleId: suppressUnused.id,
        messageId,
        message: formatMessage(suppressUnused, messageId, data),
        record,
        place: { file: record.file, docIndex: record.docIndex, pointer: joinPointer(['suppress', index, 'rule']), part: 'value' },
      });
    });
  }
  return unused;
}
