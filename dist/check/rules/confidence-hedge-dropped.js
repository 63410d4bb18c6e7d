import { findHedge } from '../hedges.js';
import { defineRule } from '../rule.js';
/**
 * Types whose very kind tells the reader the claim is not established: speculation is the story
 * guessing, analysis the story's own reading of what it reports. A hedge lost on the way to one of
 * these is carried by the type.
 */
const EXEMPT_TYPES = new Set(['speculation', 'analysis']);
export const confidenceHedgeDropped = defineRule({
    id: 'confidence/hedge-dropped',
    severity: 'warning',
    summary: 'A claim built on a hedged premise ("may", "suggested") states its conclusion without the hedge.',
    stage: 'verify',
    reads: { records: { Claim: ['derivedFrom', 'statement', 'type', 'story', 'anchor'] }, files: ['story-text'] },
    messages: {
        hedgeDropped: 'the story hedges premise "{{premise}}" ("{{hedge}}"), but this {{type}} states it without a hedge; hedge the statement or type the claim speculation or analysis',
    },
    check({ workspace, thresholds, verify, report }) {
        for (const claim of workspace.valid('Claim')) {
            const { derivedFrom, statement, type } = claim.value;
            if (!derivedFrom?.length || EXEMPT_TYPES.has(type) || findHedge(statement, thresholds.hedges))
                continue;
            for (const id of derivedFrom) {
                const premise = workspace.claims.get(id);
                if (!premise?.valid || premise === claim)
                    continue;
                const hedge = findHedge(verify.anchoredText(premise), thresholds.hedges);
                if (!hedge)
                    continue;
                // One finding per claim: the statement is what needs the hedge, whichever premise lost it.
                report(claim, ['statement'], 'hedgeDropped', { premise: premise.value.id, hedge, type }, { related: [premise] });
                break;
            }
        }
    },
});
