import { defineRule } from '../rule.js';
/** Words left after removing the boilerplate phrase below which a reason says nothing specific. */
const MIN_SPECIFIC_WORDS = 6;
export const sourceBoilerplateReason = defineRule({
    id: 'source/boilerplate-reason',
    severity: 'warning',
    summary: 'An anonymity reason is boilerplate ("not authorized to speak") rather than why this source needed it.',
    stage: 'verify',
    reads: { records: { Source: ['anonymity.reason'] } },
    messages: {
        boilerplate: 'anonymity reason is boilerplate ("{{phrase}}"); say why this source needed anonymity and how they know what they say',
    },
    check({ workspace, thresholds, report }) {
        for (const source of workspace.valid('Source')) {
            const reason = source.value.anonymity?.reason;
            if (typeof reason !== 'string')
                continue;
            const lower = reason.toLowerCase();
            const phrase = thresholds.boilerplateReasons.find((candidate) => lower.includes(candidate.toLowerCase()));
            if (!phrase)
                continue;
            const rest = lower
                .replace(phrase.toLowerCase(), ' ')
                .split(/[^\p{L}\p{N}]+/u)
                .filter((word) => word.length > 2);
            if (rest.length >= MIN_SPECIFIC_WORDS)
                continue;
            report(source, ['anonymity', 'reason'], 'boilerplate', { phrase });
        }
    },
});
