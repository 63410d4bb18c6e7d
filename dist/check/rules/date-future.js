import { defineRule } from '../rule.js';
/** Every date a record carries that says when something already happened. */
function* datesOf(record) {
    if (record.kind === 'Story') {
        const story = record.value;
        yield { at: ['published'], field: 'published', date: story.published };
        yield { at: ['retrieved'], field: 'retrieved', date: story.retrieved };
    }
    if (record.kind === 'Evidence')
        yield { at: ['retrieved'], field: 'evidence retrieved', date: record.value.retrieved };
    if (record.kind !== 'Claim')
        return;
    const claim = record.value;
    for (const [index, attribution] of claim.attribution.entries())
        yield { at: ['attribution', index, 'date'], field: 'attribution date', date: attribution.date };
    for (const [index, entry] of (claim.evidence ?? []).entries())
        if (!('ref' in entry))
            yield { at: ['evidence', index, 'retrieved'], field: 'evidence retrieved', date: entry.retrieved };
    yield { at: ['review', 'date'], field: 'review date', date: claim.review?.date };
    for (const [index, earlier] of (claim.review?.history ?? []).entries())
        yield { at: ['review', 'history', index, 'date'], field: 'review history date', date: earlier.date };
}
export const dateFuture = defineRule({
    id: 'date/future',
    severity: 'warning',
    summary: 'A date that records something already done (published, retrieved, said, reviewed) lies after today.',
    stage: 'verify',
    reads: {
        records: {
            Story: ['published', 'retrieved'],
            Claim: ['attribution[].date', 'evidence[].ref', 'evidence[].retrieved', 'review.date', 'review.history[].date'],
            Evidence: ['retrieved'],
        },
        clock: true,
    },
    messages: {
        future: '{{field}} {{date}} is after today: a mistyped year, or a date copied from a plan?',
    },
    check({ workspace, today, report }) {
        for (const record of workspace.records) {
            if (!record.valid)
                continue;
            for (const { at, field, date } of datesOf(record)) {
                if (date !== undefined && date > today)
                    report(record, at, 'future', { field, date });
            }
        }
    },
});
