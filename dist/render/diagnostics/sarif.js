import { createHash } from 'node:crypto';
import { RULES } from '../../check/catalogue.js';
import { packageJson } from '../../model/package.js';
import { inertLegacyOpeners, JSON_BREAK } from '../encode/runner-commands.js';
import { filesOf } from './report.js';
import { RULE_HELP } from './rule-help.generated.js';
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The partialFingerprints key; bump the version if what goes into the hash changes. */
export const FINGERPRINT_KEY = 'claims/v1';
const LEVEL = { error: 'error', warning: 'warning', info: 'note' };
const SRCROOT = '%SRCROOT%';
/**
 * SARIF 2.1.0: one run, the whole rule catalogue as the driver's rules, every finding as a result
 * (suppressed ones carry an in-source suppression with its reason), paths relative to %SRCROOT%.
 */
export const sarif = (report) => {
    const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
    const files = filesOf(report);
    const fileIndex = new Map(files.map((file, index) => [file, index]));
    const fingerprints = fingerprintsOf(report.diagnostics);
    const log = {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'claims',
                        fullName: `claims ${packageJson.version}`,
                        version: packageJson.version,
                        semanticVersion: packageJson.version,
                        informationUri: packageJson.homepage,
                        rules: RULES.map((rule) => ({
                            id: rule.id,
                            ...friendlyName(rule.id),
                            shortDescription: { text: rule.summary },
                            fullDescription: { text: `${rule.summary}\n\n${RULE_HELP[rule.id].catches.text}` },
                            help: help(rule, RULE_HELP[rule.id]),
                            helpUri: rule.docsUrl,
                            defaultConfiguration: { level: LEVEL[rule.severity] },
                        })),
                    },
                },
                // The category code scanning files this run's alerts under (SARIF §3.17.3: up to the last "/"); no
                // instance part after it, which would have to change from run to run and make the output differ.
                automationDetails: { id: automationId(report.command) },
                originalUriBaseIds: {
                    [SRCROOT]: { description: { text: 'The root of the repository checked (the directory holding .git or claims.config.yaml).' } },
                },
                // Record files and the story texts they anchor in: all were read and checked by this run.
                artifacts: files.map((file) => ({ location: { uri: uriReference(file), uriBaseId: SRCROOT }, roles: ['analysisTarget'] })),
                results: report.diagnostics.map((diagnostic, index) => ({
                    ruleId: diagnostic.ruleId,
                    ...(ruleIndex.has(diagnostic.ruleId) ? { ruleIndex: ruleIndex.get(diagnostic.ruleId) } : {}),
                    level: LEVEL[diagnostic.severity],
                    message: { text: diagnostic.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: uriReference(diagnostic.file), uriBaseId: SRCROOT, index: fileIndex.get(diagnostic.file) },
                                region: region(diagnostic),
                            },
                        },
                    ],
                    partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[index] },
                    ...(diagnostic.suppression ? { suppressions: [{ kind: 'inSource', justification: diagnostic.suppression.reason }] } : {}),
                })),
                columnKind: 'utf16CodeUnits',
                // --quiet leaves warnings and notes out of `results`; the run says how many (a property bag, SARIF §3.8).
                ...(report.hidden ? { properties: { hiddenByQuiet: report.hidden } } : {}),
            },
        ],
    };
    // JSON.parse reads `\u0023` as `#`: a `##[` in a message cannot open a runner command in a CI log (docs/ci.md).
    return `${inertLegacyOpeners(JSON.stringify(log, null, 2), JSON_BREAK)}\n`;
};
/**
 * `claims/validate/` or `claims/verify/`: the two commands run different rules, so each gets its own
 * category, and uploading one does not close the other's alerts.
 */
export function automationId(command) {
    return `claims/${command}/`;
}
/**
 * The help code scanning shows beside an alert: the rule's summary, then what it catches, why it matters
 * and how to fix it, from its page (the examples stay there, linked); then how to re-grade or suppress it.
 */
function help(rule, sections) {
    const headings = [
        ['What it catches', sections.catches],
        ['Why it matters to a fact-checker', sections.matters],
        ['How to fix', sections.fix],
    ];
    const rulesPage = new URL('README.md', rule.docsUrl).href;
    const severity = rule.configurable
        ? `Default severity: \`${rule.severity}\`. It can be re-graded or turned off under \`rules:\` in \`claims.config.yaml\`, and a record can suppress it for itself with a \`suppress\` entry and a reason`
        : `Severity: \`${rule.severity}\`. It cannot be turned off, re-graded or suppressed: the records later rules read depend on it`;
    return {
        text: [
            rule.summary,
            ...headings.flatMap(([heading, section]) => [heading, section.text]),
            `${severity} (${rulesPage}).`,
            `Failing and passing examples: ${rule.docsUrl}`,
        ].join('\n\n'),
        markdown: [
            rule.summary,
            ...headings.flatMap(([heading, section]) => [`## ${heading}`, section.markdown]),
            `${severity} ([rules](${rulesPage})).`,
            `Failing and passing examples: [\`${rule.id}\`](${rule.docsUrl}).`,
        ].join('\n\n'),
    };
}
/**
 * The Pascal-case "friendly name" SARIF viewers show (`ref/unresolved` → `RefUnresolved`); left out when it
 * would only repeat the id (`schema`), as SARIF §3.49.7 asks.
 */
function friendlyName(ruleId) {
    const name = ruleId.replace(/(?:^|[/-])([a-z0-9])/g, (_, letter) => letter.toUpperCase());
    return name.toLowerCase() === ruleId.toLowerCase() ? {} : { name };
}
/** 1-based, end exclusive, as the model and SARIF both count; a backwards end is collapsed onto the start. */
function region(diagnostic) {
    const startLine = Math.max(1, diagnostic.line);
    const startColumn = Math.max(1, diagnostic.column);
    const backwards = diagnostic.endLine < startLine || (diagnostic.endLine === startLine && diagnostic.endColumn < startColumn);
    return backwards
        ? { startLine, startColumn, endLine: startLine, endColumn: startColumn }
        : { startLine, startColumn, endLine: diagnostic.endLine, endColumn: Math.max(1, diagnostic.endColumn) };
}
/**
 * A hash of what identifies a finding independently of where it sits (rule, file, record, pointer,
 * message), so it survives lines shifting; identical findings are told apart by their order.
 */
function fingerprintsOf(diagnostics) {
    const seen = new Map();
    return diagnostics.map((diagnostic) => {
        const identity = [diagnostic.ruleId, diagnostic.file, diagnostic.recordId ?? '', diagnostic.pointer ?? '', diagnostic.message].join('\u0000');
        const occurrence = (seen.get(identity) ?? 0) + 1;
        seen.set(identity, occurrence);
        const hash = createHash('sha256').update(identity).digest('hex');
        return occurrence === 1 ? hash : `${hash}:${occurrence}`;
    });
}
/** A repository-relative POSIX path as a relative URI reference: each segment percent-encoded (RFC 3986). */
export function uriReference(file) {
    return file
        .split('/')
        .map((segment) => encodeURIComponent(segment.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')))
        .join('/');
}
