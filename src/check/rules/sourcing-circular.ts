import { defineRule } from '../rule.js';
import { ORIGIN_READS, originLines } from '../sourcing.js';

export const sourcingCircular = defineRule({
  id: 'sourcing/circular',
  severity: 'warning',
  summary: 'Corroboration that is not independent: two attributions or evidence items trace back to the same origin.',
  stage: 'verify',
  reads: { records: ORIGIN_READS },
  messages: {
    sameOrigin: '{{item}} and {{first}} both trace back to "{{origin}}": they count as one origin, not independent corroboration',
  },
  check({ workspace, report }) {
    for (const claim of workspace.valid('Claim')) {
      const firstByOrigin = new Map<string, string>();
      for (const line of originLines(workspace, claim.value)) {
        const item = `${line.from}[${line.index}]`;
        const first = firstByOrigin.get(line.origin);
        if (first === undefined) {
          firstByOrigin.set(line.origin, item);
          continue;
        }
        report(claim, [line.from, line.index], 'sameOrigin', { item, first, origin: line.origin });
      }
    }
  },
});
