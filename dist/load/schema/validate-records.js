import { loaderFinding } from '../loader-finding.js';
import { describeSchemaErrors } from './messages.js';
import { validateAgainst } from './schemas.js';
/** Validates every record against its kind's schema, marks it valid or not, and returns the findings. */
export function validateRecords(records) {
    const findings = [];
    for (const record of records) {
        const errors = validateAgainst(record.kind.toLowerCase(), record.value);
        record.valid = errors.length === 0;
        for (const problem of describeSchemaErrors(errors)) {
            findings.push(loaderFinding('schema', problem.message, { file: record.file, docIndex: record.docIndex, pointer: problem.pointer, part: problem.part }, record));
        }
    }
    return findings;
}
