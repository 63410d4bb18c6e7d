import { likelihoodRank } from '../../model/scales.js';
import { defineRule } from '../rule.js';
export const confidenceAbovePremise = defineRule({
    id: 'confidence/above-premise',
    severity: 'warning',
    summary: 'A derived claim is rated more likely than the weakest claim it is derived from.',
    stage: 'verify',
    reads: { records: { Claim: ['derivedFrom', 'confidence.likelihood'] } },
    messages: {
        abovePremise: 'this claim is rated {{likelihood}}, above its weakest premise "{{premise}}" ({{premiseLikelihood}}); a conclusion is no more likely than what it rests on',
    },
    check({ workspace, report }) {
        for (const claim of workspace.valid('Claim')) {
            // Only the claims listed in derivedFrom are compared, never their own premises, so a derivedFrom
            // loop (ref/cycle) cannot make this loop; the claim itself, and ids that resolve to nothing or to
            // an invalid record (ref/unresolved, schema), are skipped.
            let weakest;
            for (const id of claim.value.derivedFrom ?? []) {
                const premise = workspace.claims.get(id);
                if (!premise?.valid || premise === claim)
                    continue;
                if (!weakest || likelihoodRank(premise.value.confidence.likelihood) < likelihoodRank(weakest.value.confidence.likelihood)) {
                    weakest = premise;
                }
            }
            if (!weakest)
                continue;
            const likelihood = claim.value.confidence.likelihood;
            const premiseLikelihood = weakest.value.confidence.likelihood;
            if (likelihoodRank(likelihood) <= likelihoodRank(premiseLikelihood))
                continue;
            report(claim, ['confidence', 'likelihood'], 'abovePremise', { likelihood, premise: weakest.value.id, premiseLikelihood }, { related: [weakest] });
        }
    },
});
