/** Each archived evidence item with its read state, for the three evidence rules. */
export function* archivedEvidence(context) {
    for (const { record, at, state } of context.verify.evidence) {
        // An Evidence record is the item itself; inline evidence sits at `evidence/<index>` of its claim.
        const recorded = () => (record.kind === 'Evidence' ? record.value : record.value.evidence?.[at[1]])
            .sha256;
        yield { record, state, recorded, at: (field) => [...at, field] };
    }
}
