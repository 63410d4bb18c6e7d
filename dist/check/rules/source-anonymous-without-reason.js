import { defineRule } from '../rule.js';
export const sourceAnonymousWithoutReason = defineRule({
    id: 'source/anonymous-without-reason',
    severity: 'warning',
    summary: 'An anonymous source has no recorded reason for its anonymity.',
    stage: 'verify',
    reads: { records: { Source: ['name', 'anonymity.reason'] } },
    messages: {
        noReason: 'anonymous source "{{source}}" has no reason for its anonymity; record why it was granted, or keep reason: null so this gap stays visible',
    },
    check({ workspace, report }) {
        for (const source of workspace.valid('Source')) {
            if (source.value.name !== undefined)
                continue;
            const reason = source.value.anonymity?.reason;
            if (typeof reason === 'string' && reason.trim().length > 0)
                continue;
            report(source, ['anonymity', 'reason'], 'noReason', { source: source.value.id });
        }
    },
});
