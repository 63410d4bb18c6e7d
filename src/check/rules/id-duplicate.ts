import { defineRule } from '../rule.js';

export const idDuplicate = defineRule({
  id: 'id/duplicate',
  severity: 'error',
  summary: 'Two records of the same kind share an id, so references to it are ambiguous.',
  stage: 'validate',
  check({ workspace, report }) {
    for (const record of workspace.records) {
      if (record.id === undefined) continue;
      const first = workspace.index(record.kind).get(record.id);
      if (!first || first === record) continue;
      report({
        record,
        message: `${record.kind} id "${record.id}" is already used in ${first.file}${first.file === record.file ? ` (record ${first.docIndex + 1})` : ''}`,
        place: { file: record.file, docIndex: record.docIndex, pointer: '/id', part: 'value' },
      });
    }
  },
});
