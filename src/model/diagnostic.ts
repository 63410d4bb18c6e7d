export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Rank for comparisons: a higher rank is more severe. */
export const severityRank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** A 1-based line and column; columns count UTF-16 code units, as editors and SARIF do. */
export interface Position {
  line: number;
  column: number;
}

/** One finding, as every check produces and every formatter consumes it. */
export interface Diagnostic {
  ruleId: string;
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
