import { defineRule } from '../rule.js';
import { mergeFields } from '../../model/fields.js';
import { hasHeldSupport, independentOrigins, ORIGIN_READS } from '../sourcing.js';
export const statusVerifiedUnsupported = defineRule({
    id: 'status/verified-unsupported',
    severity: 'error',
    summary: 'A claim is marked verified without supporting evidence the desk holds or enough independent origins.',
    stage: 'verify',
    reads: { records: mergeFields([ORIGIN_READS, { Claim: ['status'] }]) },
    messages: {
        unsupported: 'verified with no supporting evidence the desk holds and {{origins}} independent origin(s); needs held evidence or {{required}} independent origins',
    },
    check({ workspace, thresholds, report }) {
        for (const claim of workspace.valid('Claim')) {
            if (claim.value.status !== 'verified' || hasHeldSupport(workspace, claim.value))
                continue;
            const origins = independentOrigins(workspace, claim.value);
            if (origins.length >= thresholds.independentOrigins)
                continue;
            report(claim, ['status'], 'unsupported', { origins: origins.length, required: thresholds.independentOrigins });
        }
    },
});
