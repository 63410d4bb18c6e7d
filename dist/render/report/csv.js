import { csvDocument } from '../encode/csv.js';
import { evidenceText, findingRuleIds, howText, sourceLabel, suppressionTexts } from '../../views/labels.js';
const HEADER = [
    'story',
    'claim',
    'type',
    'statement',
    'source',
    'who',
    'relation',
    'how',
    'standing',
    'quote',
    'evidence',
    'independent_origins',
    'origins',
    'likelihood',
    'credibility',
    'grade',
    'status',
    'open_findings',
    'suppressions',
];
/**
 * RFC 4180 CSV, one row per claim and attribution (a claim with none gets one row with the source columns
 * empty). Bound for stdout (the default), runner command openers in fields are broken (docs/ci.md).
 */
export function renderReportCsv(report, options = {}) {
    const rows = report.stories.flatMap((entry) => entry.claims.flatMap((view) => view.attributions.length === 0 ? [row(view, undefined)] : view.attributions.map((attribution) => row(view, attribution))));
    return csvDocument(HEADER, rows, { inertCommands: options.sink !== 'file' });
}
function row(view, attribution) {
    return [
        view.storyId,
        view.id,
        view.claim.type,
        view.claim.statement,
        attribution?.source.id ?? '',
        attribution ? sourceLabel(attribution.source) : '',
        attribution?.relation ?? '',
        attribution ? howText(attribution) : '',
        attribution?.standing ?? 'unattributed',
        attribution?.quote ?? '',
        view.evidence.map(evidenceText).join('; '),
        String(view.origins.length),
        view.origins.map((origin) => origin.id).join(' '),
        view.likelihood.term,
        String(view.grade.credibility),
        view.grade.code,
        view.claim.status,
        findingRuleIds(view).join(' '),
        suppressionTexts(view).join('; '),
    ];
}
