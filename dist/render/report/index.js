import { renderReportCsv } from './csv.js';
import { renderReportHtml } from './html.js';
import { renderReportJson } from './json.js';
import { renderReportMarkdown } from './markdown.js';
import { renderReportTable } from './table.js';
export const REPORT_FORMATS = {
    table: renderReportTable,
    markdown: renderReportMarkdown,
    html: renderReportHtml,
    csv: renderReportCsv,
    json: renderReportJson,
};
