import { didYouMean } from '../../model/suggest.js';
import { defineRule } from '../rule.js';
// The runner reports this one after every other rule, as it needs to know which suppressions fired: see reportUnusedSuppressions.
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
/** Reports each suppression of a valid record that matched no finding of this run. */
export function reportUnusedSuppressions(records, findings, config, rulesById, report) {
    const used = new Set();
    for (const finding of findings) {
        if (finding.record)
            used.add(`${finding.record.file}\u0000${finding.record.docIndex}\u0000${finding.ruleId}`);
    }
    for (const record of records) {
        if (!record.valid)
            continue;
        (record.value.suppress ?? []).forEach((suppression, index) => {
            const rule = rulesById.get(suppression.rule);
            if (rule && config.rules?.[rule.id] === 'off')
                return;
            if (rule?.configurable && used.has(`${record.file}\u0000${record.docIndex}\u0000${rule.id}`))
                return;
            const at = ['suppress', index, 'rule'];
            if (!rule)
                report(record, at, 'unknownRule', { rule: suppression.rule, didYouMean: didYouMean(suppression.rule, rulesById.keys()) });
            else
                report(record, at, rule.configurable ? 'unused' : 'notSuppressible', { rule: rule.id });
        });
    }
}
