import { packageJson, ruleDocsUrl } from '../../model/package.js';
import { inertLegacyOpeners, JSON_BREAK } from '../encode/runner-commands.js';
import { countDiagnostics } from './report.js';
/** Shape version of the JSON output; bumped on any incompatible change (README: "JSON output"). */
export const JSON_FORMAT_VERSION = 1;
/**
 * Stable, sorted, documented JSON: the whole run, suppressed findings included with their reasons. The
 * second `#` of a runner command opener `##[` is written `\u0023`: JSON.parse reads the same message.
 */
export const json = (report) => {
    const counts = countDiagnostics(report.diagnostics);
    const output = {
        formatVersion: JSON_FORMAT_VERSION,
        tool: { name: 'claims', version: packageJson.version },
        command: report.command,
        // `hidden`: what --quiet left out of `diagnostics` (none without it).
        summary: { files: report.files.length, records: report.records, ...counts, hidden: report.hidden ?? { warnings: 0, infos: 0 } },
        diagnostics: report.diagnostics.map((diagnostic) => ({
            ruleId: diagnostic.ruleId,
            messageId: diagnostic.messageId,
            severity: diagnostic.severity,
            message: diagnostic.message,
            file: diagnostic.file,
            line: diagnostic.line,
            column: diagnostic.column,
            endLine: diagnostic.endLine,
            endColumn: diagnostic.endColumn,
            recordId: diagnostic.recordId ?? null,
            pointer: diagnostic.pointer ?? null,
            suppression: diagnostic.suppression ?? null,
            docsUrl: ruleDocsUrl(diagnostic.ruleId),
        })),
        stories: report.stories,
    };
    return `${inertLegacyOpeners(JSON.stringify(output, null, 2), JSON_BREAK)}\n`;
};
