/** What reading a claim's evidence through `evidenceOf` takes: rules that call it declare these. */
export const EVIDENCE_READS = {
    Claim: ['evidence'],
    Evidence: ['type', 'title', 'url', 'archive', 'sha256', 'retrieved', 'origin', 'custody'],
};
/**
 * The custody an item states, or, where inline evidence predates custody, what its fields imply: a
 * preserved copy is held; anything else the desk only knows of.
 */
export function custodyOf(item) {
    return item.custody ?? (item.archive !== undefined ? 'held' : 'cited');
}
/**
 * A claim's evidence, in list order, references resolved. A reference to no valid Evidence record is
 * left out: ref/unresolved or schema reports it, and nothing can be judged from it.
 */
export function evidenceOf(workspace, claim) {
    const entries = [];
    for (const [index, entry] of (claim.evidence ?? []).entries()) {
        if ('ref' in entry) {
            const record = workspace.evidence.get(entry.ref);
            if (!record?.valid)
                continue;
            entries.push({ index, relation: entry.relation, record, item: record.value, custody: custodyOf(record.value), note: entry.note });
        }
        else {
            entries.push({ index, relation: entry.relation, item: entry, custody: custodyOf(entry) });
        }
    }
    return entries;
}
