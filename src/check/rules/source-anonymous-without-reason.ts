import { defineRule } from '../rule.js';

export const sourceAnonymousWithoutReason = defineRule({
  id: 'source/anonymous-without-reason',
  severity: 'warning',
  summary: 'An anonymous source has no recorded reason for its anonymity.',
  stage: 'verify',
  check({ workspace, report }) {
    for (const source of workspace.valid('Source')) {
      if (source.value.name !== undefined) continue;
      const reason = source.value.anonymity?.reason;
      if (typeof reason === 'string' && reason.trim().length > 0) continue;
      report({
        record: source,
        message: `anonymous source "${source.value.id}" has no reason for its anonymity; record why it was granted, or keep reason: null so this gap stays visible`,
        place: { file: source.file, docIndex: source.docIndex, pointer: '/anonymity/reason', part: 'value' },
      });
    }
  },
});
