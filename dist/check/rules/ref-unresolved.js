import { didYouMean } from '../../model/suggest.js';
import { defineRule } from '../rule.js';
/** Every id a valid record refers to, with the kind it must name and the path to where it sits. */
export function* references(record) {
    if (record.kind !== 'Claim')
        return;
    const claim = record.value;
    yield { kind: 'Story', id: claim.story, path: ['story'] };
    for (const [i, attribution] of claim.attribution.entries()) {
        yield { kind: 'Source', id: attribution.source, path: ['attribution', i, 'source'] };
        for (const [j, via] of (attribution.via ?? []).entries())
            yield { kind: 'Source', id: via, path: ['attribution', i, 'via', j] };
    }
    for (const [i, evidence] of (claim.evidence ?? []).entries()) {
        if (evidence.origin !== undefined)
            yield { kind: 'Source', id: evidence.origin, path: ['evidence', i, 'origin'] };
    }
    for (const [i, id] of (claim.derivedFrom ?? []).entries())
        yield { kind: 'Claim', id, path: ['derivedFrom', i] };
    for (const [i, id] of (claim.contradicts ?? []).entries())
        yield { kind: 'Claim', id, path: ['contradicts', i] };
}
export const refUnresolved = defineRule({
    id: 'ref/unresolved',
    severity: 'error',
    summary: 'A record refers to a Story, Source or Claim id that no record has.',
    stage: 'validate',
    reads: {
        records: { Claim: ['story', 'attribution[].source', 'attribution[].via', 'evidence[].origin', 'derivedFrom', 'contradicts'] },
    },
    messages: { unresolved: 'no {{kind}} has id "{{id}}"{{didYouMean}}' },
    check({ workspace, report }) {
        for (const record of workspace.records) {
            if (!record.valid)
                continue;
            for (const reference of references(record)) {
                const index = workspace.index(reference.kind);
                if (index.has(reference.id))
                    continue;
                report(record, reference.path, 'unresolved', {
                    kind: reference.kind,
                    id: reference.id,
                    didYouMean: didYouMean(reference.id, index.keys()),
                });
            }
        }
    },
});
