import type { LoadedRecord } from '../../model/records.js';
import type { Finding } from '../finding.js';
import { describeSchemaErrors } from './messages.js';
import { validateAgainst, type SchemaKind } from './schemas.js';

/** Validates every record against its kind's schema, marks it valid or not, and returns the findings. */
export function validateRecords(records: readonly LoadedRecord[]): Finding[] {
  const findings: Finding[] = [];
  for (const record of records) {
    const errors = validateAgainst(record.kind.toLowerCase() as SchemaKind, record.value);
    record.valid = errors.length === 0;
    for (const problem of describeSchemaErrors(errors)) {
      findings.push({
        ruleId: 'schema',
        message: problem.message,
        record,
        place: { file: record.file, docIndex: record.docIndex, pointer: problem.pointer, part: problem.part },
      });
    }
  }
  return findings;
}
