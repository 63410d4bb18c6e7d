import type { ChalkInstance } from 'chalk';
import { renderReportCsv, type ReportCsvTable } from './csv.js';
import { renderReportHtml } from './html.js';
import { renderReportJson } from './json.js';
import { renderReportMarkdown } from './markdown.js';
import type { Report } from '../../views/report-model.js';
import { renderReportTable } from './table.js';
import type { Rendered } from '../rendered.js';

export interface ReportRenderOptions {
  chalk: ChalkInstance;
  /** Terminal width for `table`. */
  width: number;
  /**
   * Where the output goes (default `stdout`). On stdout a CI runner may read it, so `csv` breaks runner
   * command openers in its fields; a `file` gets the exact text. Every other format is the same for both.
   */
  sink?: 'stdout' | 'file';
  /** `markdown`: end each story with its Mermaid provenance graph (`--graph`; off by default). */
  graph?: boolean;
  /** `csv`: which table (`--table`; default `claims`). */
  table?: ReportCsvTable;
}

export type ReportRenderer = (report: Report, options: ReportRenderOptions) => Rendered;

export const REPORT_FORMATS: Readonly<Record<'table' | 'markdown' | 'html' | 'csv' | 'json', ReportRenderer>> = {
  table: renderReportTable,
  markdown: renderReportMarkdown,
  html: renderReportHtml,
  csv: renderReportCsv,
  json: renderReportJson,
};
