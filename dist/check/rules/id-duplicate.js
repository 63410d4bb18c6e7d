import { defineRule } from '../rule.js';
export const idDuplicate = defineRule({
    id: 'id/duplicate',
    severity: 'error',
    summary: 'Two records of the same kind share an id, so references to it are ambiguous.',
    stage: 'validate',
    reads: { records: {} },
    messages: {
        usedElsewhere: '{{kind}} id "{{id}}" is already used in {{file}}',
        usedInSameFile: '{{kind}} id "{{id}}" is already used in {{file}} (record {{record}})',
    },
    check({ workspace, report }) {
        for (const record of workspace.records) {
            if (record.id === undefined)
                continue;
            const first = workspace.index(record.kind).get(record.id);
            if (!first || first === record)
                continue;
            const data = { kind: record.kind, id: record.id, file: first.file };
            if (first.file === record.file)
                report(record, ['id'], 'usedInSameFile', { ...data, record: first.docIndex + 1 });
            else
                report(record, ['id'], 'usedElsewhere', data);
        }
    },
});
