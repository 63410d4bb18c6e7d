import { xmlAttribute, xmlCdata } from '../encode/xml.js';
import { filesOf } from './report.js';
/**
 * JUnit XML: a testsuite per file, a testcase per finding (errors and warnings fail, infos pass with their
 * message in system-out, suppressed ones are skipped with the reason), a passing testcase for a clean file.
 * Names are unique within a file (rule @ line:col, then #2, #3…), since CI systems keep only the first of a name.
 * Valid against Jenkins xunit's junit-10.xsd: the file is the testsuite's `name` and `file` and the testcases'
 * `classname` (the schema has no `file` on a testcase), and the skipped count is per testsuite only.
 */
export const junit = (report) => {
    const files = filesOf(report);
    const byFile = new Map(files.map((file) => [file, []]));
    for (const diagnostic of report.diagnostics)
        byFile.get(diagnostic.file).push(diagnostic);
    const suites = [...byFile].map(([file, diagnostics]) => testsuite(file, diagnostics.length > 0 ? testcases(diagnostics) : [{ name: `claims ${report.command}`, body: '', failure: false, skipped: false }]));
    const totals = suites.reduce((sum, suite) => ({ tests: sum.tests + suite.tests, failures: sum.failures + suite.failures }), {
        tests: 0,
        failures: 0,
    });
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="claims ${report.command}" tests="${totals.tests}" failures="${totals.failures}" errors="0" time="0">`,
        ...suites.map((suite) => suite.xml),
        '</testsuites>',
        '',
    ].join('\n');
};
function testcases(diagnostics) {
    const used = new Map();
    return diagnostics.map((diagnostic) => {
        const base = `${diagnostic.ruleId} @ ${diagnostic.line}:${diagnostic.column}`;
        const count = (used.get(base) ?? 0) + 1;
        used.set(base, count);
        const name = count === 1 ? base : `${base} #${count}`;
        const detail = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.severity} ${diagnostic.ruleId}${diagnostic.recordId ? ` (record ${diagnostic.recordId}${diagnostic.pointer ? ` at ${diagnostic.pointer}` : ''})` : ''}\n${diagnostic.message}`;
        if (diagnostic.suppression) {
            return {
                name,
                body: `<skipped message="${xmlAttribute(`suppressed: ${diagnostic.suppression.reason}`)}">${xmlCdata(detail)}</skipped>`,
                failure: false,
                skipped: true,
            };
        }
        if (diagnostic.severity === 'info')
            return { name, body: `<system-out>${xmlCdata(detail)}</system-out>`, failure: false, skipped: false };
        return {
            name,
            body: `<failure message="${xmlAttribute(diagnostic.message)}" type="${diagnostic.severity}">${xmlCdata(detail)}</failure>`,
            failure: true,
            skipped: false,
        };
    });
}
function testsuite(file, cases) {
    const failures = cases.filter((testcase) => testcase.failure).length;
    const skipped = cases.filter((testcase) => testcase.skipped).length;
    const attributeFile = xmlAttribute(file);
    const lines = [
        `  <testsuite name="${attributeFile}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="0" file="${attributeFile}">`,
        ...cases.map((testcase) => {
            const open = `    <testcase classname="${attributeFile}" name="${xmlAttribute(testcase.name)}" time="0"`;
            return testcase.body ? `${open}>\n      ${testcase.body}\n    </testcase>` : `${open}/>`;
        }),
        '  </testsuite>',
    ];
    return { xml: lines.join('\n'), tests: cases.length, failures };
}
