import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/diagnostic.js';
import { copyBatch, decodeBatch, encodeBatch } from '../../src/load/batch-json.js';
import type { LoadedFiles } from '../../src/load/load-records.js';
import type { LoadedRecord } from '../../src/model/records.js';

function batch(): LoadedFiles {
  const claim = {
    kind: 'Claim',
    id: 'c1',
    file: 'claims/a.yaml',
    docIndex: 0,
    valid: true,
    standalone: { start: 0, end: 120 },
    value: {
      id: 'c1',
      type: 'attributed-statement',
      confidence: { likelihood: 'roughly-even-chance' },
      attribution: [{ source: 's1', relation: 'stated' }],
    },
  } as unknown as LoadedRecord;
  const findings: Finding[] = [
    {
      ruleId: 'schema',
      messageId: 'problem',
      severity: 'error',
      message: 'bad',
      place: { file: 'claims/a.yaml', docIndex: 0, pointer: '/type', part: 'value' },
      record: claim,
    },
    {
      ruleId: 'yaml/syntax',
      messageId: 'problem',
      severity: 'error',
      message: 'broken',
      place: { file: 'claims/b.yaml', start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
    },
  ];
  return { files: ['claims/a.yaml', 'claims/b.yaml'], records: [claim], findings };
}

describe('batches between threads', () => {
  it('come back equal, with each finding linked to its own decoded record', () => {
    const sent = batch();
    const received = decodeBatch(encodeBatch(sent), ['claims/0.yaml', ...sent.files], 1);
    expect(received).toEqual(sent);
    expect(received.findings[0]!.record).toBe(received.records[0]);
    expect(received.records[0]).not.toBe(sent.records[0]);
  });

  it('keep their own file names where the names given do not match', () => {
    const sent = batch();
    const received = decodeBatch(encodeBatch(sent), ['claims/other.yaml'], 0);
    expect(received.files).toEqual(sent.files);
    expect(received.records[0]!.file).toBe('claims/a.yaml');
    expect(received.findings.map((finding) => finding.place.file)).toEqual(['claims/a.yaml', 'claims/b.yaml']);
  });

  it('are copied whole, sharing nothing mutable with the original', () => {
    const sent = batch();
    const copy = copyBatch(sent);
    expect(copy).toEqual(sent);
    (copy.records[0]!.value as unknown as { confidence: { likelihood: string } }).confidence.likelihood = 'likely';
    expect((sent.records[0]!.value as unknown as { confidence: { likelihood: string } }).confidence.likelihood).toBe('roughly-even-chance');
  });
});
