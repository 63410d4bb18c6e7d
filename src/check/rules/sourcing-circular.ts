import { joinPointer } from '../../load/locate.js';
import { defineRule } from '../rule.js';
import { originLines } from '../sourcing.js';

export const sourcingCircular = defineRule({
  id: 'sourcing/circular',
  severity: 'warning',
  summary: 'Corroboration that is not independent: two attributions or evidence items trace back to the same origin.',
  stage: 'verify',
  check({ workspace, report }) {
    for (const claim of workspace.valid('Claim')) {
      const firstByOrigin = new Map<string, string>();
      for (const line of originLines(claim.value)) {
        const label = `${line.from}[${line.index}]`;
        const first = firstByOrigin.get(line.origin);
        if (first === undefined) {
          firstByOrigin.set(line.origin, label);
          continue;
        }
        report({
          record: claim,
          message: `${label} and ${first} both trace back to "${line.origin}": they count as one origin, not independent corroboration`,
          place: { file: claim.file, docIndex: claim.docIndex, pointer: joinPointer([line.from, line.index]), part: 'value' },
        });
      }
    }
  },
});
