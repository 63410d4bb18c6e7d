import { defineRule } from '../rule.js';
import { hasSupportingEvidence, independentOrigins } from '../sourcing.js';
export const statusVerifiedUnsupported = defineRule({
    id: 'status/verified-unsupported',
    severity: 'error',
    summary: 'A claim is marked verified without supporting evidence or enough independent origins.',
    stage: 'verify',
    reads: { records: { Claim: ['status', 'attribution[].source', 'evidence[].relation', 'evidence[].origin'] } },
    messages: {
        unsupported: 'verified with no supporting evidence and {{origins}} independent origin(s); needs evidence or {{required}} independent origins',
    },
    check({ workspace, thresholds, report }) {
        for (const claim of workspace.valid('Claim')) {
            if (claim.value.status !== 'verified' || hasSupportingEvidence(claim.value))
                continue;
            const origins = independentOrigins(claim.value);
            if (origins.length >= thresholds.independentOrigins)
                continue;
            report(claim, ['status'], 'unsupported', { origins: origins.length, required: thresholds.independentOrigins });
        }
    },
});
