import { contradictsClaim, viaSource } from '../../model/links.js';
import { didYouMean } from '../../model/suggest.js';
import { defineRule } from '../rule.js';
/** Every id a valid record refers to, with the kind it must name and the path to where it sits. */
export function* references(record) {
    if (record.kind === 'Story') {
        for (const [i, subject] of (record.value.subjects ?? []).entries())
            yield { kind: 'Source', id: subject.source, path: ['subjects', i, 'source'] };
        return;
    }
    if (record.kind === 'Evidence') {
        const origin = record.value.origin;
        if (origin !== undefined)
            yield { kind: 'Source', id: origin, path: ['origin'] };
        return;
    }
    if (record.kind !== 'Claim')
        return;
    const claim = record.value;
    yield { kind: 'Story', id: claim.story, path: ['story'] };
    for (const [i, attribution] of claim.attribution.entries()) {
        yield { kind: 'Source', id: attribution.source, path: ['attribution', i, 'source'] };
        for (const [j, link] of (attribution.via ?? []).entries())
            yield {
                kind: 'Source',
                id: viaSource(link),
                path: typeof link === 'string' ? ['attribution', i, 'via', j] : ['attribution', i, 'via', j, 'source'],
            };
    }
    for (const [i, entry] of (claim.evidence ?? []).entries()) {
        if ('ref' in entry)
            yield { kind: 'Evidence', id: entry.ref, path: ['evidence', i, 'ref'] };
        else if (entry.origin !== undefined)
            yield { kind: 'Source', id: entry.origin, path: ['evidence', i, 'origin'] };
    }
    for (const [i, id] of (claim.derivedFrom ?? []).entries())
        yield { kind: 'Claim', id, path: ['derivedFrom', i] };
    for (const [i, entry] of (claim.contradicts ?? []).entries())
        yield {
            kind: 'Claim',
            id: contradictsClaim(entry),
            path: typeof entry === 'string' ? ['contradicts', i] : ['contradicts', i, 'claim'],
        };
}
export const refUnresolved = defineRule({
    id: 'ref/unresolved',
    severity: 'error',
    summary: 'A record refers to a Story, Source, Claim or Evidence id that no record has.',
    stage: 'validate',
    reads: {
        records: {
            Story: ['subjects[].source'],
            Claim: ['story', 'attribution[].source', 'attribution[].via', 'evidence[].ref', 'evidence[].origin', 'derivedFrom', 'contradicts'],
            Evidence: ['origin'],
        },
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
