import { evidenceHashMismatch } from '../check/rules/evidence-hash-mismatch.js';
import { independentOrigins, isAnonymous, originLines, restsOnlyOnAnonymous } from '../check/sourcing.js';
import { compareText } from '../model/diagnostic.js';
import { CREDIBILITY, likelihoodInfo, RELIABILITY } from '../model/scales.js';
import { groupBy } from '../model/group-by.js';
/** Views of every valid claim, by id, in file order. */
export function claimViews(inputs) {
    const { workspace } = inputs;
    const claims = workspace.valid('Claim').filter((record) => workspace.claims.get(record.value.id) === record);
    const derivedBy = reverseIndex(claims, (claim) => claim.derivedFrom);
    const contradictedBy = reverseIndex(claims, (claim) => claim.contradicts);
    const diagnostics = groupDiagnostics(inputs.diagnostics ?? []);
    const views = new Map();
    for (const record of claims) {
        const claim = record.value;
        const mine = diagnostics.get(`${record.file}\u0000${claim.id}`) ?? [];
        views.set(claim.id, {
            record,
            claim,
            id: claim.id,
            storyId: claim.story,
            file: record.file,
            attributions: claim.attribution.map((attribution) => attributionView(workspace, attribution)),
            evidence: (claim.evidence ?? []).map((evidence, index) => evidenceView(workspace, inputs.verify, record, evidence, index, mine)),
            origins: independentOrigins(claim).map((id) => sourceView(workspace, id)),
            anonymousOnly: restsOnlyOnAnonymous(workspace, claim),
            unattributed: claim.attribution.length === 0,
            likelihood: likelihoodInfo(claim.confidence.likelihood),
            grade: gradeView(workspace, claim),
            anchor: anchorView(inputs.verify, record),
            derivedFrom: [...(claim.derivedFrom ?? [])],
            derivedBy: derivedBy.get(claim.id) ?? [],
            contradicts: [...(claim.contradicts ?? [])],
            contradictedBy: contradictedBy.get(claim.id) ?? [],
            findings: mine.filter((diagnostic) => !diagnostic.suppression),
            suppressed: mine.filter((diagnostic) => diagnostic.suppression),
        });
    }
    return views;
}
export function sourceView(workspace, id) {
    const record = workspace.sources.get(id);
    const source = record?.valid ? record.value : undefined;
    return {
        id,
        known: source !== undefined,
        type: source?.type,
        name: source?.name,
        description: source?.description,
        groundRule: source?.groundRule,
        anonymous: isAnonymous(workspace, id),
        reliability: source?.reliability,
    };
}
function attributionView(workspace, attribution) {
    const source = sourceView(workspace, attribution.source);
    return {
        source,
        relation: attribution.relation,
        via: (attribution.via ?? []).map((id) => sourceView(workspace, id)),
        quote: attribution.quote,
        standing: source.anonymous ? 'anonymous' : (source.groundRule ?? 'unknown'),
    };
}
function evidenceView(workspace, verify, record, evidence, index, 
/** The claim's diagnostics: `evidence/hash-mismatch` has compared the hashes already. */
diagnostics) {
    let state = 'not-archived';
    let detail;
    if (evidence.archive !== undefined) {
        const read = verify?.evidence.get(record)?.get(index);
        if (!verify || !read)
            state = 'unchecked';
        else if (read.state === 'outside')
            [state, detail] = ['outside-repo', read.reason];
        else if (read.state === 'missing')
            [state, detail] = ['missing', read.reason];
        else if (diagnostics.some((diagnostic) => diagnostic.ruleId === evidenceHashMismatch.id && diagnostic.pointer === `/evidence/${index}/sha256`))
            [state, detail] = ['hash-mismatch', `the archived file's sha256 is ${read.sha256}`];
        else
            state = 'ok';
    }
    return {
        type: evidence.type,
        title: evidence.title,
        url: evidence.url,
        archive: evidence.archive,
        retrieved: evidence.retrieved,
        relation: evidence.relation,
        origin: evidence.origin === undefined ? undefined : sourceView(workspace, evidence.origin),
        state,
        detail,
    };
}
function gradeView(workspace, claim) {
    const first = originLines(claim)[0];
    const source = first === undefined ? undefined : sourceView(workspace, first.origin);
    const reliability = source?.reliability ?? 'F';
    const credibility = claim.confidence.credibility;
    return {
        code: `${reliability}${credibility}`,
        reliability,
        reliabilityLabel: RELIABILITY[reliability] ?? '',
        reliabilityBasis: source === undefined ? 'no-origin' : source.reliability === undefined ? 'not-graded' : 'graded',
        reliabilitySource: source,
        credibility,
        credibilityLabel: CREDIBILITY[credibility] ?? '',
    };
}
function anchorView(verify, record) {
    const view = {
        exact: record.value.anchor.exact,
        status: 'unchecked',
        start: undefined,
        end: undefined,
        line: undefined,
        column: undefined,
        similarity: undefined,
    };
    const resolution = verify?.anchors.get(record);
    if (!resolution)
        return view;
    view.status = resolution.status;
    if (!('start' in resolution))
        return view;
    const text = verify?.storyText(record.value.story);
    const position = text?.ok ? text.index.positionAt(resolution.start) : undefined;
    return {
        ...view,
        start: resolution.start,
        end: resolution.end,
        line: position?.line,
        column: position?.column,
        similarity: resolution.status === 'moved' ? resolution.similarity : undefined,
    };
}
function reverseIndex(claims, targets) {
    const citations = claims.flatMap(({ value }) => [...new Set(targets(value) ?? [])].map((target) => ({ target, id: value.id })));
    return new Map([...groupBy(citations, (citation) => citation.target)].map(([target, citing]) => [
        target,
        citing.map((citation) => citation.id).sort(compareText),
    ]));
}
/** Diagnostics by file and record id: ids are unique per kind, so the file tells a claim from a same-named source elsewhere. */
function groupDiagnostics(diagnostics) {
    return groupBy(diagnostics.filter((diagnostic) => diagnostic.recordId !== undefined), (diagnostic) => `${diagnostic.file}\u0000${diagnostic.recordId}`);
}
/** Story order: by where the anchor starts, unresolved anchors last, then by id. */
export function compareStoryOrder(a, b) {
    const start = (view) => view.anchor.start ?? Number.POSITIVE_INFINITY;
    return compareText(a.storyId, b.storyId) || start(a) - start(b) || (b.anchor.end ?? 0) - (a.anchor.end ?? 0) || compareText(a.id, b.id);
}
