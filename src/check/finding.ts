import type { Position, Severity } from '../model/diagnostic.js';
import type { Part } from '../load/locate.js';
import type { LoadedRecord } from '../model/records.js';

/** Where a finding is: a value inside a record (located lazily), or a span of a file already located. */
export type FindingPlace =
  { file: string; docIndex: number; pointer: string; part: Part } | { file: string; start: Position; end: Position; pointer?: string };

/** What a check reports before the runner applies config, suppressions and positions. */
export interface Finding {
  ruleId: string;
  message: string;
  place: FindingPlace;
  /** The record the finding is about; its `suppress` list applies. */
  record?: LoadedRecord;
  /** Overrides the rule's default severity for this finding (e.g. both verified vs. both open). */
  severity?: Severity;
}
