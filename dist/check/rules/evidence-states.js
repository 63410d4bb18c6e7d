/** Each archived evidence item with its read state, for the three evidence rules. */
export function* archivedEvidence(context) {
    for (const [claim, states] of context.verify.evidence) {
        for (const [index, state] of states) {
            yield { claim, index, state, at: (field) => ['evidence', index, field] };
        }
    }
}
