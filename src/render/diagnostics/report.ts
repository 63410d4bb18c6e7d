import type { ChalkInstance } from 'chalk';
import type { StorySummary } from '../../check/run.js';
import type { Stage } from '../../check/rule.js';
import { compareText, type Diagnostic } from '../../model/diagnostic.js';
import { plural } from '../../model/words.js';
import type { Rendered } from '../rendered.js';

/** What a diagnostics formatter is given: the outcome of one `validate` or `verify` run. */
export interface DiagnosticsReport {
  command: Stage;
  /** Every file checked, repository-relative, sorted. */
  files: readonly string[];
  records: number;
  /** Diagnostics to show, sorted; `--quiet` has already removed all but errors. */
  diagnostics: readonly Diagnostic[];
  stories: readonly StorySummary[];
  /** With `--quiet`: the unsuppressed warnings and infos it left out of `diagnostics`; absent without it. */
  hidden?: Hidden;
}

export interface Hidden {
  warnings: number;
  infos: number;
}

export interface FormatOptions {
  chalk: ChalkInstance;
  /** Environment, for formats that read CI variables. */
  env: Readonly<Record<string, string | undefined>>;
}

export type DiagnosticsFormatter = (report: DiagnosticsReport, options: FormatOptions) => Rendered;

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  suppressed: number;
}

/** Tallies by severity; suppressed diagnostics count only as suppressed. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0, suppressed: 0 };
  for (const diagnostic of diagnostics) {
    if (diagnostic.suppression) counts.suppressed++;
    else if (diagnostic.severity === 'error') counts.errors++;
    else if (diagnostic.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** What `--quiet` left out, as a phrase: `12 warnings, 1 info hidden by --quiet`; undefined when it hid nothing. */
export function hiddenText(hidden: Hidden | undefined): string | undefined {
  if (!hidden || hidden.warnings + hidden.infos === 0) return undefined;
  const parts = [
    ...(hidden.warnings > 0 ? [plural(hidden.warnings, 'warning')] : []),
    ...(hidden.infos > 0 ? [`${hidden.infos} info`] : []),
  ];
  return `${parts.join(', ')} hidden by --quiet`;
}

/** Every file the run checked or reported on, sorted: a diagnostic can name a file outside the record files (a story text). */
export function filesOf(report: DiagnosticsReport): string[] {
  return [...new Set([...report.files, ...report.diagnostics.map((diagnostic) => diagnostic.file)])].sort(compareText);
}
