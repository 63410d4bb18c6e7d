import { CREDIBILITY, RELIABILITY } from '../model/scales.js';
// Plain-text phrases every view shares. They are record text: each renderer encodes them for its medium.
/** The source's name, or `anonymous: <how the story describes them>`. */
export function sourceLabel(source) {
    if (!source.known)
        return `${source.id} (unknown source)`;
    return source.name ?? `anonymous: ${source.description ?? source.id}`;
}
/** `Yuri Ushakov (person, on-record)`; relays show only their type. */
export function sourceWithKind(source, withGroundRule = true) {
    if (!source.known)
        return sourceLabel(source);
    // The ground rule only where it applies: not for a recording or document, which print their type alone.
    const groundRule = withGroundRule ? groundRuleText(source) : '';
    const parts = [source.type, groundRule === '' ? undefined : groundRule].filter((part) => part !== undefined);
    return `${sourceLabel(source)} (${parts.join(', ')})`;
}
/** A relay the desk inferred says so wherever the chain is printed: `Kommersant (inferred)`. */
export function relayLabel(relay, label = sourceLabel) {
    return relay.inferred ? `${label(relay)} (inferred)` : label(relay);
}
/** `Yuri Ushakov (person, on-record) → Kommersant (outlet) → story`; an inferred relay is marked `(outlet, inferred)`. */
export function chainText(attribution) {
    const relays = attribution.via.map((relay) => {
        const text = sourceWithKind(relay, false);
        return relay.inferred ? (text.endsWith(')') ? `${text.slice(0, -1)}, inferred)` : `${text} (inferred)`) : text;
    });
    return [sourceWithKind(attribution.source), ...relays, 'story'].join(' → ');
}
/** `claimed, via Kommersant → …`, or just the relation. */
export function howText(attribution) {
    return attribution.via.length === 0
        ? attribution.relation
        : `${attribution.relation}, via ${attribution.via.map((relay) => relayLabel(relay)).join(' → ')}`;
}
/** `wall-cost-berg`, `wall-cost-berg (competing: rival estimates)`. */
export function tensionText(tension) {
    const details = [tension.kind === 'competing' ? 'competing' : undefined, tension.note].filter((part) => part !== undefined);
    return details.length === 0 ? tension.id : `${tension.id} (${details.join(': ')})`;
}
/** What the desk has of a piece of evidence, in words. */
export const CUSTODY_TEXT = {
    held: 'held by the desk',
    cited: 'cited, not obtained by the desk',
    described: 'described by a source, not seen',
};
/** `likely (55–80 %)`. */
export function likelihoodText(view) {
    return `${view.likelihood.label} (${view.likelihood.range[0]}–${view.likelihood.range[1]} %)`;
}
/** `F: reliability cannot be judged (Yuri Ushakov, not graded) · 2: probably true`. */
export function gradeText(grade) {
    const whose = grade.reliabilityBasis === 'no-origin'
        ? 'no origin source'
        : `${sourceLabel(grade.reliabilitySource)}${grade.reliabilityBasis === 'not-graded' ? ', not graded' : ''}`;
    return `${grade.reliability}: ${grade.reliabilityLabel} (${whose}) · ${grade.credibility}: ${grade.credibilityLabel}`;
}
const EVIDENCE_STATE_TEXT = {
    ok: 'ok',
    missing: 'missing',
    'hash-mismatch': 'hash mismatch',
    'outside-repo': 'outside repo',
    'not-archived': 'not archived',
    unchecked: 'not checked',
};
/** The archive's state; for evidence without one, what the desk has of it. */
export function evidenceStateText(evidence) {
    return evidence.state === 'not-archived' && evidence.custody !== 'held'
        ? CUSTODY_TEXT[evidence.custody]
        : EVIDENCE_STATE_TEXT[evidence.state];
}
/** `document “Title” (supports, ok)`, `document “Title” (supports, cited, not obtained by the desk)`. */
export function evidenceText(evidence) {
    return `${evidence.type} “${evidence.title}” (${evidence.relation}, ${evidenceStateText(evidence)})`;
}
/** `2: ada, bob` — the number of independent origins and their ids. */
export function originsText(view) {
    return view.origins.length === 0 ? '0' : `${view.origins.length}: ${view.origins.map((origin) => origin.id).join(', ')}`;
}
/** Distinct rule ids of the claim's open findings, sorted. */
export function findingRuleIds(view) {
    return [...new Set(view.findings.map((finding) => finding.ruleId))].sort();
}
/** `12.5 %`, one decimal; `0 %` of nothing. */
export function percentText(count, total) {
    return `${percent(count, total)} %`;
}
export function percent(count, total) {
    return total === 0 ? 0 : Math.round((count / total) * 1000) / 10;
}
/** The summary as measure/value pairs, in the order every format shows them. */
export function summaryRows(summary) {
    const s = summary;
    const share = (count) => `${count} of ${s.claims} (${percentText(count, s.claims)})`;
    const types = s.byType.filter(({ count }) => count > 0).map(({ type, count }) => `${type} ${count}`);
    return [
        ['Claims', `${s.claims}${types.length > 0 ? ` (${types.join(', ')})` : ''}`],
        ['Resting only on anonymous sources', share(s.anonymousOnly)],
        ["Unattributed (the story's own assertion)", share(s.unattributed)],
        ['Verified', share(s.verified)],
        ['Sources', sourcesCountText(s)],
        ['Coverage', s.coverage === undefined ? 'unknown (story text unreadable)' : `${s.coverage} % of ${s.sentences} sentences`],
    ];
}
/** `rule suppressed: reason` for each of the claim's suppressions: a reason shows wherever findings do. */
export function suppressionTexts(view) {
    return (view.claim.suppress ?? []).map((entry) => `${entry.rule} suppressed: ${entry.reason}`);
}
/** `named people 3, anonymous people 2, organizations 1, outlets 2, recordings 2`: people counted as people. */
export function sourcesCountText(summary) {
    const others = summary.otherSources.map(({ type, count }) => `${type === 'unknown' ? 'of unknown type' : `${type}s`} ${count}`);
    const parts = [`named people ${summary.namedPeople}`, `anonymous people ${summary.anonymousPeople}`, ...others];
    return `${summary.namedSources + summary.anonymousSources} (${parts.join(', ')})`;
}
const GROUND_RULE_TYPES = new Set(['person', 'organization', 'outlet', 'collective']);
/**
 * How the story holds a source to its words, fitted to its type: `anonymous`; the ground rule of a person,
 * organisation, outlet or collective that has one; else the type (`recording`, `document`), or `unknown`.
 */
export function standingText(source) {
    if (source.anonymous)
        return 'anonymous';
    if (source.groundRule !== undefined && source.type !== undefined && GROUND_RULE_TYPES.has(source.type))
        return source.groundRule;
    return source.type ?? 'unknown';
}
/** Named, or `anonymous: <reason>` / `anonymous: no reason given`. */
export function anonymityText(row) {
    if (!row.source.anonymous)
        return 'named';
    return `anonymous: ${row.anonymityReason ?? 'no reason given'}`;
}
/** The ground rule where it applies (people, organisations, outlets, collectives that have one), else empty. */
export function groundRuleText(source) {
    return source.groundRule !== undefined && source.type !== undefined && GROUND_RULE_TYPES.has(source.type) ? source.groundRule : '';
}
/** `5 (4 attributed, 1 relayed, 0 evidence)`. */
export function restingText(row) {
    return `${row.claims} (${row.asAttribution} attributed, ${row.asRelay} relayed, ${row.asEvidenceOrigin} evidence origin)`;
}
/** `rule/id: message`, one per finding. */
export function findingTexts(findings) {
    return findings.map((finding) => `${finding.ruleId}: ${finding.message}`);
}
/** The Admiralty scales, for a legend wherever grades appear: [code, meaning] pairs. */
export function gradeLegend() {
    return {
        reliability: Object.entries(RELIABILITY).map(([code, label]) => [code, String(label)]),
        credibility: Object.entries(CREDIBILITY).map(([code, label]) => [code, String(label)]),
    };
}
/** One paragraph explaining a grade such as `F3`. */
export const GRADE_LEGEND_INTRO = 'A grade such as F3 is an Admiralty code: the letter is the reliability of the source the claim first rests on (A–F; F = reliability cannot be judged, also given to a source the desk has not graded), the digit the credibility of the information (1–6; 6 = truth cannot be judged).';
/** `A completely reliable · B usually reliable · …` and `1 confirmed · …`, one line each. */
export function gradeLegendLines() {
    const legend = gradeLegend();
    return [
        GRADE_LEGEND_INTRO,
        `Reliability: ${legend.reliability.map(([code, label]) => `${code} ${label}`).join(' · ')}`,
        `Credibility: ${legend.credibility.map(([code, label]) => `${code} ${label}`).join(' · ')}`,
    ];
}
/** `ada on 2025-04-03: checked the filing`, or empty when the claim has no review. */
export function reviewText(view) {
    const review = view.claim.review;
    if (!review)
        return '';
    return `${review.by} on ${review.date}${review.note === undefined ? '' : `: ${review.note}`}`;
}
