import { compareText } from '../../model/diagnostic.js';
import { plural } from '../../model/words.js';
/** Tallies by severity; suppressed diagnostics count only as suppressed. */
export function countDiagnostics(diagnostics) {
    const counts = { errors: 0, warnings: 0, infos: 0, suppressed: 0 };
    for (const diagnostic of diagnostics) {
        if (diagnostic.suppression)
            counts.suppressed++;
        else if (diagnostic.severity === 'error')
            counts.errors++;
        else if (diagnostic.severity === 'warning')
            counts.warnings++;
        else
            counts.infos++;
    }
    return counts;
}
/** What `--quiet` left out, as a phrase: `12 warnings, 1 info hidden by --quiet`; undefined when it hid nothing. */
export function hiddenText(hidden) {
    if (!hidden || hidden.warnings + hidden.infos === 0)
        return undefined;
    const parts = [
        ...(hidden.warnings > 0 ? [plural(hidden.warnings, 'warning')] : []),
        ...(hidden.infos > 0 ? [`${hidden.infos} info`] : []),
    ];
    return `${parts.join(', ')} hidden by --quiet`;
}
/** Every file the run checked or reported on, sorted: a diagnostic can name a file outside the record files (a story text). */
export function filesOf(report) {
    return [...new Set([...report.files, ...report.diagnostics.map((diagnostic) => diagnostic.file)])].sort(compareText);
}
