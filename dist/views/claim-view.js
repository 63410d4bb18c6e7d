import { evidenceHashMismatch } from '../check/rules/evidence-hash-mismatch.js';
import { evidenceOf } from '../check/evidence.js';
import { independentOrigins, isAnonymous, originLines, restsOnlyOnAnonymous } from '../check/sourcing.js';
import { compareDiagnostics, compareText } from '../model/diagnostic.js';
import { contradictsClaim, contradictsKind, contradictsNote, viaCertainty, viaSource } from '../model/links.js';
import { CREDIBILITY, likelihoodInfo, RELIABILITY } from '../model/scales.js';
import { groupBy } from '../model/group-by.js';
/** Views of every valid claim, by id, in file order. */
export function claimViews(inputs) {
    const maker = claimViewMaker(inputs);
    return new Map(maker.claims.map((record) => [record.value.id, maker.view(record)]));
}
/**
 * The claims claimViews shows (valid, the first of each id, in file order) and a view of any one of them,
 * made on demand from indexes built once: a command that shows many claims a few at a time (`list`)
 * need not hold 100,000 views at once. `view(record)` is the same as `claimViews(inputs).get(id)`.
 * `claim` is the record's value whole, when the run kept only part of it (views/report-model.ts, ClaimReader).
 */
export function claimViewMaker(inputs) {
    const { workspace } = inputs;
    const claims = workspace.valid('Claim').filter((record) => workspace.claims.get(record.value.id) === record);
    const derivedBy = reverseIndex(claims, (claim) => claim.derivedFrom);
    const contradictedBy = reverseIndex(claims, (claim) => claim.contradicts?.map(contradictsClaim));
    const tensionsByOthers = namedTensions(claims);
    const diagnostics = groupDiagnostics(inputs.diagnostics ?? []);
    const archives = archivesByRecord(inputs.verify?.evidence ?? []);
    const view = (record, claim = record.value) => {
        const mine = diagnostics.get(`${record.file}\u0000${claim.id}`) ?? [];
        return {
            record,
            claim,
            id: claim.id,
            storyId: claim.story,
            file: record.file,
            attributions: attributionViews(workspace, claim),
            evidence: evidenceOf(workspace, claim).map((entry) => evidenceView(workspace, inputs.verify !== undefined, record, entry, archives, diagnostics)),
            origins: independentOrigins(workspace, claim).map((id) => sourceView(workspace, id)),
            anonymousOnly: restsOnlyOnAnonymous(workspace, claim),
            unattributed: claim.attribution.length === 0,
            likelihood: likelihoodInfo(claim.confidence.likelihood),
            grade: gradeView(workspace, claim),
            anchor: anchorView(inputs.verify, record, claim),
            derivedFrom: [...(claim.derivedFrom ?? [])],
            derivedBy: derivedBy.get(claim.id) ?? [],
            contradicts: (claim.contradicts ?? []).map(contradictsClaim),
            contradictedBy: contradictedBy.get(claim.id) ?? [],
            tensions: [...ownTensions(claim), ...(tensionsByOthers.get(claim.id) ?? [])],
            findings: mine.filter((diagnostic) => !diagnostic.suppression),
            suppressed: mine.filter((diagnostic) => diagnostic.suppression),
        };
    };
    return { claims, view };
}
/** A claim's tensions from its own `contradicts`, in list order. */
function ownTensions(claim) {
    return (claim.contradicts ?? []).map((entry) => ({
        id: contradictsClaim(entry),
        listedBy: 'this',
        kind: contradictsKind(entry),
        note: contradictsNote(entry),
    }));
}
/** Each claim's tensions from the entries of claims that name it: sorted by the naming claim's id, the first entry of each. */
function namedTensions(claims) {
    const named = new Map();
    for (const { value } of claims) {
        for (const entry of value.contradicts ?? []) {
            const other = contradictsClaim(entry);
            let list = named.get(other);
            if (!list)
                named.set(other, (list = []));
            list.push({ id: value.id, listedBy: 'other', kind: contradictsKind(entry), note: contradictsNote(entry) });
        }
    }
    for (const [id, list] of named) {
        const sorted = list.sort((a, b) => compareText(a.id, b.id));
        named.set(id, sorted.filter((tension, index) => sorted.findIndex((first) => first.id === tension.id) === index));
    }
    return named;
}
/** One view per source and workspace, shared by every claim that names it (100,000 claims name a few hundred sources). */
const sourceViews = new WeakMap();
/** A source's view; the same object for the same workspace and id, so it must not be changed. */
export function sourceView(workspace, id) {
    let views = sourceViews.get(workspace);
    if (!views)
        sourceViews.set(workspace, (views = new Map()));
    let view = views.get(id);
    if (!view)
        views.set(id, (view = makeSourceView(workspace, id)));
    return view;
}
function makeSourceView(workspace, id) {
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
function attributionViews(workspace, claim) {
    const lines = originLines(workspace, claim);
    return claim.attribution.map((attribution, index) => {
        const source = sourceView(workspace, attribution.source);
        const origin = lines.find((line) => line.from === 'attribution' && line.index === index)?.origin ?? attribution.source;
        return {
            source,
            relation: attribution.relation,
            via: (attribution.via ?? []).map((link) => ({
                ...sourceView(workspace, viaSource(link)),
                inferred: viaCertainty(link) === 'inferred',
            })),
            quote: attribution.quote,
            date: attribution.date,
            translated: attribution.translated === true,
            standing: source.anonymous ? 'anonymous' : (source.groundRule ?? 'unknown'),
            origin: origin === source.id ? source : sourceView(workspace, origin),
        };
    });
}
/** The read state of each archive, by the record naming it and the path to the item in that record. */
function archivesByRecord(archives) {
    const byRecord = new Map();
    for (const archive of archives) {
        let forRecord = byRecord.get(archive.record);
        if (!forRecord)
            byRecord.set(archive.record, (forRecord = new Map()));
        forRecord.set(archive.at.join('/'), archive);
    }
    return byRecord;
}
function evidenceView(workspace, verified, claim, entry, archives, 
/** Diagnostics by record: `evidence/hash-mismatch` has compared the hashes already. */
diagnostics) {
    const { item, record } = entry;
    const holder = record ?? claim;
    const at = record ? '' : `evidence/${entry.index}`;
    let state = 'not-archived';
    let detail;
    if (item.archive !== undefined) {
        const read = archives.get(holder)?.get(at)?.state;
        if (!verified || !read)
            state = 'unchecked';
        else if (read.state === 'outside')
            [state, detail] = ['outside-repo', read.reason];
        else if (read.state === 'missing')
            [state, detail] = ['missing', read.reason];
        else if ((diagnostics.get(`${holder.file}\u0000${holder.id}`) ?? []).some((diagnostic) => diagnostic.ruleId === evidenceHashMismatch.id && diagnostic.pointer === `${at === '' ? '' : `/${at}`}/sha256`))
            [state, detail] = ['hash-mismatch', `the archived file's sha256 is ${read.sha256}`];
        else
            state = 'ok';
    }
    return {
        id: record?.value.id,
        type: item.type,
        title: item.title,
        url: item.url,
        archive: item.archive,
        retrieved: item.retrieved,
        relation: entry.relation,
        custody: entry.custody,
        note: entry.note ?? (record ? record.value.note : undefined),
        origin: item.origin === undefined ? undefined : sourceView(workspace, item.origin),
        state,
        detail,
    };
}
function gradeView(workspace, claim) {
    const first = originLines(workspace, claim)[0];
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
function anchorView(verify, record, claim) {
    const view = {
        // '' when the run kept no anchor (`list` keeps only what it shows: views/query.ts, LIST_FIELDS).
        exact: claim.anchor?.exact ?? '',
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
    const text = verify?.storyText(claim.story);
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
export function claimDetail(views, view) {
    return { usedBy: derivationChains(views, view.id), relatedFindings: relatedFindings(views, view) };
}
/**
 * The claims built on `id`, transitively, as chains: a depth-first walk down `derivedBy`, each claim
 * followed once. The first chain starts at `id`; a later one starts at the claim it branches from, so
 * every link is listed once and the output grows with the links, not the paths. A chain ends at a claim
 * nothing is built on, at one already listed (its continuation is above), or where it loops back
 * (`cycle`). Iterative: a chain of 100,000 claims does not exhaust the stack.
 */
export function derivationChains(views, id) {
    const chains = [];
    const listed = new Set([id]);
    const onPath = new Set([id]);
    const stack = [{ id, next: 0 }];
    let chain = [];
    const end = (cycle) => {
        chains.push({ ids: chain, cycle });
        chain = [];
    };
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        const users = views.get(frame.id)?.derivedBy ?? [];
        if (frame.next < users.length) {
            const user = users[frame.next++];
            if (chain.length === 0)
                chain.push(frame.id);
            chain.push(user);
            if (onPath.has(user))
                end(true);
            else if (listed.has(user))
                end(false);
            else {
                listed.add(user);
                onPath.add(user);
                stack.push({ id: user, next: 0 });
            }
            continue;
        }
        if (users.length === 0 && chain.length > 0)
            end(false);
        stack.pop();
        onPath.delete(frame.id);
    }
    return chains;
}
/**
 * Findings on other claims that concern this one (Diagnostic.related), unsuppressed, except the other
 * half of a finding this claim has itself (same rule and message, naming that claim): a rule that reports
 * a pair on both claims (contradiction/*) gives each side its own, shown (or suppressed) on this side.
 */
function relatedFindings(views, view) {
    const mirrored = new Set([...view.findings, ...view.suppressed].flatMap((diagnostic) => (diagnostic.related ?? []).map((other) => `${diagnostic.ruleId}\u0000${diagnostic.messageId}\u0000${other}`)));
    const found = [];
    for (const other of views.values()) {
        if (other === view)
            continue;
        for (const diagnostic of other.findings) {
            if (diagnostic.related?.includes(view.id) && !mirrored.has(`${diagnostic.ruleId}\u0000${diagnostic.messageId}\u0000${other.id}`))
                found.push({ on: other.id, diagnostic });
        }
    }
    return found.sort((a, b) => compareText(a.on, b.on) || compareDiagnostics(a.diagnostic, b.diagnostic));
}
/** Story order: by where the anchor starts, unresolved anchors last, then by id. */
export function compareStoryOrder(a, b) {
    const start = (view) => view.anchor.start ?? Number.POSITIVE_INFINITY;
    return compareText(a.storyId, b.storyId) || start(a) - start(b) || (b.anchor.end ?? 0) - (a.anchor.end ?? 0) || compareText(a.id, b.id);
}
