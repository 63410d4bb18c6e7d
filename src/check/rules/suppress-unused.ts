import { joinPointer } from '../../load/locate.js';
import type { Config, LoadedRecord } from '../../model/records.js';
import { didYouMean } from '../../model/suggest.js';
import type { Finding } from '../finding.js';
import { defineRule, type Rule } from '../rule.js';

// The runner reports this one (it needs to know which suppressions fired): see unusedSuppressions.
export const suppressUnused = defineRule({
  id: 'suppress/unused',
  severity: 'warning',
  summary: 'A suppression silences nothing: the finding is gone, the rule id is wrong, or the rule cannot be suppressed.',
  stage: 'verify',
});

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
      const message = !rule
        ? `suppresses unknown rule "${suppression.rule}"${didYouMean(suppression.rule, rulesById.keys())}`
        : !rule.configurable
          ? `rule "${rule.id}" cannot be suppressed; fix the record instead`
          : `suppression of "${rule.id}" silences nothing here; remove it`;
      unused.push({
        ruleId: 'suppress/unused',
        record,
        message,
        place: { file: record.file, docIndex: record.docIndex, pointer: joinPointer(['suppress', index, 'rule']), part: 'value' },
      });
    });
  }
  return unused;
}
