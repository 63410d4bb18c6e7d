import type { LoadedRecord } from './records.js';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Rank for comparisons: a higher rank is more severe. */
export const severityRank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A 1-based line and column; columns count UTF-16 code units, as editors and SARIF do. */
export interface Position {
  line: number;
  column: number;
}

/** Which part of a mapping entry a diagnostic concerns: its key (unknown field) or its value (bad enum). */
export type Part = 'key' | 'value';

/** Where a finding is: a value inside a record (located lazily, by JSON pointer), or a span of a file already located. */
export type Place =
  { file: string; docIndex: number; pointer: string; part: Part } | { file: string; start: Position; end: Position; pointer?: string };

/**
 * What the loader and the rules report, before the runner settles its severity and locates it: a
 * Diagnostic whose place is not yet turned into positions. `record` is the record it is about, whose
 * `suppress` list applies.
 */
export interface Finding extends Omit<
  Diagnostic,
  'severity' | 'file' | 'line' | 'column' | 'endLine' | 'endColumn' | 'recordId' | 'pointer'
> {
  place: Place;
  record?: LoadedRecord;
  /** Absent: the rule's default severity (the catalogue's); the runner settles it, config first. */
  severity?: Severity;
}

/** One message about the records, as every check produces and every formatter consumes it, once located. */
export interface Diagnostic {
  ruleId: string;
  /** Which of the rule's messages this is (the rule's `messages` table), so tests and tools can pin it. */
  messageId: string;
  severity: Severity;
  message: string;
  /** Repository-relative POSIX path. */
  file: string;
  line: number;
  column: number;
  /** End of the range, exclusive. */
  endLine: number;
  endColumn: number;
  recordId?: string;
  /** JSON pointer to the offending value inside the record. */
  pointer?: string;
  /**
   * Ids of the other claims the finding is about, when it judges a link between claims: the premise a
   * derived claim outruns, the other claim of a contradiction, the rest of a derivation cycle. `show`
   * lists the finding on those claims too.
   */
  related?: string[];
  /** Present when a record's `suppress` entry silenced this finding. */
  suppression?: { reason: string };
}

/** Sorts diagnostics by file, position, rule and message, so output is deterministic. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

/** Code-unit order, independent of the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
