import { evidenceHashMismatch } from '../check/rules/evidence-hash-mismatch.js';
import type { VerifyContext } from '../check/verify-context.js';
import { independentOrigins, isAnonymous, originLines, restsOnlyOnAnonymous } from '../check/sourcing.js';
import type { Workspace } from '../load/workspace.js';
import { compareText, type Diagnostic } from '../model/diagnostic.js';
import type { Attribution, Claim, Evidence, LoadedRecord, Source } from '../model/records.js';
import { CREDIBILITY, likelihoodInfo, RELIABILITY } from '../model/scales.js';
import { groupBy } from '../model/group-by.js';

/** A source as the views show it; `known` is false for an id with no valid Source record. */
export interface SourceView {
  id: string;
  known: boolean;
  type: Source['type'] | undefined;
  name: string | undefined;
  description: string | undefined;
  groundRule: Source['groundRule'] | undefined;
  anonymous: boolean;
  reliability: Source['reliability'] | undefined;
}

/** How the story holds a source to its words: `anonymous`, or the ground rule of a named source. */
export type Standing = 'anonymous' | NonNullable<Source['groundRule']> | 'unknown';

export interface AttributionView {
  source: SourceView;
  relation: Attribution['relation'];
  /** The relays, nearest the origin first. */
  via: SourceView[];
  quote: string | undefined;
  standing: Standing;
}

export type EvidenceState = 'ok' | 'missing' | 'hash-mismatch' | 'outside-repo' | 'not-archived' | 'unchecked';

export interface EvidenceView {
  type: Evidence['type'];
  title: string;
  url: string | undefined;
  archive: string | undefined;
  retrieved: string | undefined;
  relation: Evidence['relation'];
  origin: SourceView | undefined;
  state: EvidenceState;
  /** Why the state is not ok, when known. */
  detail: string | undefined;
}

export type AnchorStatus = 'exact' | 'normalised' | 'moved' | 'ambiguous' | 'not-found' | 'unchecked';

export interface AnchorView {
  exact: string;
  status: AnchorStatus;
  /** UTF-16 offsets into the story text, when the anchor resolved to one place. */
  start: number | undefined;
  end: number | undefined;
  line: number | undefined;
  column: number | undefined;
  similarity: number | undefined;
}

/** Admiralty grade: reliability letter of the first origin source plus the claim's credibility digit. */
export interface GradeView {
  code: string;
  reliability: keyof typeof RELIABILITY;
  reliabilityLabel: string;
  /** `graded` from the source record; `not-graded` when it has none; `no-origin` when the claim has no origin. F in both latter cases. */
  reliabilityBasis: 'graded' | 'not-graded' | 'no-origin';
  reliabilitySource: SourceView | undefined;
  credibility: number;
  credibilityLabel: string;
}

/** One claim with everything the list, show and report views need, resolved once. */
export interface ClaimView {
  record: LoadedRecord<'Claim'>;
  claim: Claim;
  id: string;
  storyId: string;
  file: string;
  attributions: AttributionView[];
  evidence: EvidenceView[];
  /** Distinct origins (attribution sources and supporting evidence origins), sorted by id. */
  origins: SourceView[];
  anonymousOnly: boolean;
  unattributed: boolean;
  likelihood: ReturnType<typeof likelihoodInfo>;
  grade: GradeView;
  anchor: AnchorView;
  derivedFrom: string[];
  /** Claims that name this one in their `derivedFrom`, sorted. */
  derivedBy: string[];
  contradicts: string[];
  /** Claims that name this one in their `contradicts`, sorted. */
  contradictedBy: string[];
  /** Unsuppressed diagnostics about this claim. */
  findings: Diagnostic[];
  /** Diagnostics this claim's `suppress` entries silenced. */
  suppressed: Diagnostic[];
}

export interface ViewInputs {
  workspace: Workspace;
  verify?: VerifyContext | undefined;
  diagnostics?: readonly Diagnostic[];
}

/** Views of every valid claim, by id, in file order. */
export function claimViews(inputs: ViewInputs): Map<string, ClaimView> {
  const { workspace } = inputs;
  const claims = workspace.valid('Claim').filter((record) => workspace.claims.get(record.value.id) === record);
  const derivedBy = reverseIndex(claims, (claim) => claim.derivedFrom);
  const contradictedBy = reverseIndex(claims, (claim) => claim.contradicts);
  const diagnostics = groupDiagnostics(inputs.diagnostics ?? []);
  const views = new Map<string, ClaimView>();
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

export function sourceView(workspace: Workspace, id: string): SourceView {
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

function attributionView(workspace: Workspace, attribution: Attribution): AttributionView {
  const source = sourceView(workspace, attribution.source);
  return {
    source,
    relation: attribution.relation,
    via: (attribution.via ?? []).map((id) => sourceView(workspace, id)),
    quote: attribution.quote,
    standing: source.anonymous ? 'anonymous' : (source.groundRule ?? 'unknown'),
  };
}

function evidenceView(
  workspace: Workspace,
  verify: VerifyContext | undefined,
  record: LoadedRecord<'Claim'>,
  evidence: Evidence,
  index: number,
  /** The claim's diagnostics: `evidence/hash-mismatch` has compared the hashes already. */
  diagnostics: readonly Diagnostic[],
): EvidenceView {
  let state: EvidenceState = 'not-archived';
  let detail: string | undefined;
  if (evidence.archive !== undefined) {
    const read = verify?.evidence.get(record)?.get(index);
    if (!verify || !read) state = 'unchecked';
    else if (read.state === 'outside') [state, detail] = ['outside-repo', read.reason];
    else if (read.state === 'missing') [state, detail] = ['missing', read.reason];
    else if (
      diagnostics.some((diagnostic) => diagnostic.ruleId === evidenceHashMismatch.id && diagnostic.pointer === `/evidence/${index}/sha256`)
    )
      [state, detail] = ['hash-mismatch', `the archived file's sha256 is ${read.sha256}`];
    else state = 'ok';
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

function gradeView(workspace: Workspace, claim: Claim): GradeView {
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

function anchorView(verify: VerifyContext | undefined, record: LoadedRecord<'Claim'>): AnchorView {
  const view: AnchorView = {
    exact: record.value.anchor.exact,
    status: 'unchecked',
    start: undefined,
    end: undefined,
    line: undefined,
    column: undefined,
    similarity: undefined,
  };
  const resolution = verify?.anchors.get(record);
  if (!resolution) return view;
  view.status = resolution.status;
  if (!('start' in resolution)) return view;
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

function reverseIndex(
  claims: readonly LoadedRecord<'Claim'>[],
  targets: (claim: Claim) => readonly string[] | undefined,
): Map<string, string[]> {
  const citations = claims.flatMap(({ value }) => [...new Set(targets(value) ?? [])].map((target) => ({ target, id: value.id })));
  return new Map(
    [...groupBy(citations, (citation) => citation.target)].map(([target, citing]) => [
      target,
      citing.map((citation) => citation.id).sort(compareText),
    ]),
  );
}

/** Diagnostics by file and record id: ids are unique per kind, so the file tells a claim from a same-named source elsewhere. */
function groupDiagnostics(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  return groupBy(
    diagnostics.filter((diagnostic) => diagnostic.recordId !== undefined),
    (diagnostic) => `${diagnostic.file}\u0000${diagnostic.recordId}`,
  );
}

/** Story order: by where the anchor starts, unresolved anchors last, then by id. */
export function compareStoryOrder(a: ClaimView, b: ClaimView): number {
  const start = (view: ClaimView) => view.anchor.start ?? Number.POSITIVE_INFINITY;
  return compareText(a.storyId, b.storyId) || start(a) - start(b) || (b.anchor.end ?? 0) - (a.anchor.end ?? 0) || compareText(a.id, b.id);
}
