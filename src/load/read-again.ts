import { UsageError } from '../model/exit.js';
import type { LoadedRecord, RecordKind, RecordOfKind } from '../model/records.js';
import { loadRecordFile } from './load-records.js';
import { validateRecords } from './schema/validate-records.js';

/**
 * The whole values of records a run cut down to what it kept (record-views.ts), read again from their files,
 * in the order given; each file is read once per call. A command that shows every field of every claim
 * (`report`) then holds whole only the claims it is showing, not 100,000. A record whose document no longer
 * holds a valid record of the same kind and id changed after the run read it: the run's findings would not
 * be about what is shown, so that is an error.
 */
export function readWholeValues<K extends RecordKind>(root: string, records: readonly LoadedRecord<K>[]): RecordOfKind[K][] {
  const files = new Map<string, Map<number, LoadedRecord>>();
  return records.map((record) => {
    let documents = files.get(record.file);
    if (!documents) {
      const loaded = loadRecordFile(root, record.file).records;
      validateRecords(loaded);
      files.set(record.file, (documents = new Map(loaded.map((again) => [again.docIndex, again]))));
    }
    const again = documents.get(record.docIndex);
    if (again?.kind !== record.kind || again.id !== record.id || !again.valid)
      throw new UsageError(`${record.file} changed while claims was reading it; run the command again`);
    return again.value as RecordOfKind[K];
  });
}
