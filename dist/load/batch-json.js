import { ENUMERATED_STRINGS } from '../model/records.generated.js';
/**
 * A batch as JSON text: how a worker sends it, and how the main thread copies what it keeps. A parser's
 * strings are mostly slices of the file's text, and V8 keeps the whole text alive for any slice of it;
 * JSON.parse builds fresh strings and compact objects, and shares strings of up to ten characters
 * (decodeBatch shares file names and longer enumerated values), where structured cloning gives every
 * string its own copy (measured at 100,000 claims on two threads: 20 MiB less kept).
 */
export function encodeBatch(batch) {
    const positions = new Map(batch.records.map((record, index) => [record, index]));
    const findings = batch.findings.map(({ record, ...finding }) => record ? { ...finding, record: positions.get(record) } : finding);
    return JSON.stringify({ files: batch.files, records: batch.records, findings });
}
/** A copy of the batch that shares nothing with the parser's strings but the file names it was given. */
export function copyBatch(batch) {
    return decodeBatch(encodeBatch(batch), batch.files, 0);
}
/**
 * Decodes a batch. `names[from…]` are the batch's files as the receiving thread already holds them
 * (the names it handed out): the batch and its records take those strings rather than new copies, so a
 * run keeps one string per file name however many records and lists refer to it.
 */
export function decodeBatch(text, names, from) {
    const sent = JSON.parse(text);
    const files = sent.files.map((file, index) => (names[from + index] === file ? names[from + index] : file));
    const shared = new Map(files.map((file) => [file, file]));
    for (const record of sent.records) {
        record.file = shared.get(record.file) ?? record.file;
        // One string for the id a record and its value both hold.
        if (record.id !== undefined && record.id === record.value.id)
            record.id = record.value.id;
        shareEnumerated(record.value);
    }
    const findings = sent.findings.map(({ record, ...finding }) => {
        const place = { ...finding.place, file: shared.get(finding.place.file) ?? finding.place.file };
        return record === undefined ? { ...finding, place } : { ...finding, place, record: sent.records[record] };
    });
    return { files, records: sent.records, findings };
}
/** The one copy of each string the schemas enumerate (statuses, types, likelihoods, relations). */
const ENUMERATED = new Map(ENUMERATED_STRINGS.map((value) => [value, value]));
/**
 * Points every enumerated string in a decoded value at its one copy: JSON.parse makes a new string for
 * each value longer than ten characters, and at 100,000 claims those copies of "attributed-statement"
 * or "roughly-even-chance" add up to 4–5 MiB.
 */
function shareEnumerated(node) {
    if (typeof node !== 'object' || node === null)
        return;
    const entries = node;
    for (const key of Object.keys(entries)) {
        const value = entries[key];
        if (typeof value === 'string') {
            const shared = ENUMERATED.get(value);
            if (shared !== undefined)
                entries[key] = shared;
        }
        else
            shareEnumerated(value);
    }
}
