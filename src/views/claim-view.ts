import { evidenceHashMismatch } from '../check/rules/evidence-hash-mismatch.js';
import type { VerifyContext } from '../check/verify-context.js';
import { evidenceOf, type ClaimEvidence } from '../check/evidence.js';
import { independentOrigins, isAnonymous, originLines, restsOnlyOnAnonymous } from '../check/sourcing.js';
import type { ArchivedEvidence } from '../load/named-files.js';
import type { Workspace } from '../load/workspace.js';
import { compareDiagnostics, compareText, type Diagnostic } from '../model/diagnostic.js';
import { contradictsClaim, contradictsKind, contradictsNote, viaCertainty, viaSource } from '../model/links.js';
import type { Attribution, Claim, Custody, EvidenceRelation, InlineEvidence, LoadedRecord, Source } from '../model/records.js';
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

/** A relay of an attribution chain; `inferred` when the desk concluded it rather than the story stating it. */
export type RelayView = SourceView & { inferred: boolean };

export interface AttributionView {
  source: SourceView;
  relation: Attribution['relation'];
  /** The relays, nearest the origin first. */
  via: RelayView[];
  quote: string | undefined;
  /** When the source said it, where the story says. */
  date: string | undefined;
  /** The quote is the story's translation. */
  translated: boolean;
  standing: Standing;
  /** The origin independence counts for this line: its relay, when the source is a recording or document the desk does not hold. */
  origin: SourceView;
}

/** Another claim this one is in tension with, whichever of the two lists the other. */
export interface TensionView {
  id: string;
  /** `this` when the entry is in this claim's `contradicts`, `other` when it is in the other claim's. */
  listedBy: 'this' | 'other';
  kind: 'contradiction' | 'competing';
  note: string | undefined;
}

export type EvidenceState = 'ok' | 'missing' | 'hash-mismatch' | 'outside-repo' | 'not-archived' | 'unchecked';

export interface EvidenceView {
  /** The Evidence record's id; undefined for inline evidence. */
  id: string | undefined;
  type: InlineEvidence['type'];
  title: string;
  url: string | undefined;
  archive: string | undefined;
  retrieved: string | undefined;
  relation: EvidenceRelation;
  custody: Custody;
  /** How this evidence bears on this claim (the reference's note), else what the desk knows of it. */
  note: string | undefined;
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
  /** Ids this claim lists under `contradicts`. */
  contradicts: string[];
  /** Claims that name this one in their `contradicts`, sorted. */
  contradictedBy: string[];
  /** Both of the above with their kind and note: contradicts first, in list order, then contradictedBy. */
  tensions: TensionView[];
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
  const maker = claimViewMaker(inputs);
  return new Map(maker.claims.map((record) => [record.value.id, maker.view(record)]));
}

/**
 * The claims claimViews shows (valid, the first of each id, in file order) and a view of any one of them,
 * made on demand from indexes built once: a command that shows many claims a few at a time (`list`)
 * need not hold 100,000 views at once. `view(record)` is the same as `claimViews(inputs).get(id)`.
 * `claim` is the record's value whole, when the run kept only part of it (views/report-model.ts, ClaimReader).
 */
export function claimViewMaker(inputs: ViewInputs): {
  claims: readonly LoadedRecord<'Claim'>[];
  view(record: LoadedRecord<'Claim'>, claim?: Claim): ClaimView;
} {
  const { workspace } = inputs;
  const claims = workspace.valid('Claim').filter((record) => workspace.claims.get(record.value.id) === record);
  const derivedBy = reverseIndex(claims, (claim) => claim.derivedFrom);
  const contradictedBy = reverseIndex(claims, (claim) => claim.contradicts?.map(contradictsClaim));
  const tensionsByOthers = namedTensions(claims);
  const diagnostics = groupDiagnostics(inputs.diagnostics ?? []);
  const archives = archivesByRecord(inputs.verify?.evidence ?? []);
  const view = (record: LoadedRecord<'Claim'>, claim = record.value): ClaimView => {
    const mine = diagnostics.get(`${record.file}\u0000${claim.id}`) ?? [];
    return {
      record,
      claim,
      id: claim.id,
      storyId: claim.story,
      file: record.file,
      attributions: attributionViews(workspace, claim),
      evidence: evidenceOf(workspace, claim).map((entry) =>
        evidenceView(workspace, inputs.verify !== undefined, record, entry, archives, diagnostics),
      ),
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
function ownTensions(claim: Claim): TensionView[] {
  return (claim.contradicts ?? []).map((entry) => ({
    id: contradictsClaim(entry),
    listedBy: 'this',
    kind: contradictsKind(entry),
    note: contradictsNote(entry),
  }));
}

/** Each claim's tensions from the entries of claims that name it: sorted by the naming claim's id, the first entry of each. */
function namedTensions(claims: readonly LoadedRecord<'Claim'>[]): Map<string, TensionView[]> {
  const named = new Map<string, TensionView[]>();
  for (const { value } of claims) {
    for (const entry of value.contradicts ?? []) {
      const other = contradictsClaim(entry);
      let list = named.get(other);
      if (!list) named.set(other, (list = []));
      list.push({ id: value.id, listedBy: 'other', kind: contradictsKind(entry), note: contradictsNote(entry) });
    }
  }
  for (const [id, list] of named) {
    const sorted = list.sort((a, b) => compareText(a.id, b.id));
    named.set(
      id,
      sorted.filter((tension, index) => sorted.findIndex((first) => first.id === tension.id) === index),
    );
  }
  return named;
}

/** One view per source and workspace, shared by every claim that names it (100,000 claims name a few hundred sources). */
const sourceViews = new WeakMap<Workspace, Map<string, SourceView>>();

/** A source's view; the same object for the same workspace and id, so it must not be changed. */
export function sourceView(workspace: Workspace, id: string): SourceView {
  let views = sourceViews.get(workspace);
  if (!views) sourceViews.set(workspace, (views = new Map()));
  let view = views.get(id);
  if (!view) views.set(id, (view = makeSourceView(workspace, id)));
  return view;
}

function makeSourceView(workspace: Workspace, id: string): SourceView {
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

function attributionViews(workspace: Workspace, claim: Claim): AttributionView[] {
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
function archivesByRecord(archives: readonly ArchivedEvidence[]): Map<LoadedRecord, Map<string, ArchivedEvidence>> {
  const byRecord = new Map<LoadedRecord, Map<string, ArchivedEvidence>>();
  for (const archive of archives) {
    let forRecord = byRecord.get(archive.record);
    if (!forRecord) byRecord.set(archive.record, (forRecord = new Map()));
    forRecord.set(archive.at.join('/'), archive);
  }
  return byRecord;
}

function evidenceView(
  workspace: Workspace,
  verified: boolean,
  claim: LoadedRecord<'Claim'>,
  entry: ClaimEvidence,
  archives: Map<LoadedRecord, Map<string, ArchivedEvidence>>,
  /** Diagnostics by record: `evidence/hash-mismatch` has compared the hashes already. */
  diagnostics: Map<string, Diagnostic[]>,
): EvidenceView {
  const { item, record } = entry;
  const holder: LoadedRecord = record ?? claim;
  const at = record ? '' : `evidence/${entry.index}`;
  let state: EvidenceState = 'not-archived';
  let detail: string | undefined;
  if (item.archive !== undefined) {
    const read = archives.get(holder)?.get(at)?.state;
    if (!verified || !read) state = 'unchecked';
    else if (read.state === 'outside') [state, detail] = ['outside-repo', read.reason];
    else if (read.state === 'missing') [state, detail] = ['missing', read.reason];
    else if (
      (diagnostics.get(`${holder.file}\u0000${holder.id}`) ?? []).some(
        (diagnostic) => diagnostic.ruleId === evidenceHashMismatch.id && diagnostic.pointer === `${at === '' ? '' : `/${at}`}/sha256`,
      )
    )
      [state, detail] = ['hash-mismatch', `the archived file's sha256 is ${read.sha256}`];
    else state = 'ok';
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

function gradeView(workspace: Workspace, claim: Claim): GradeView {
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

function anchorView(verify: VerifyContext | undefined, record: LoadedRecord<'Claim'>, claim: Claim): AnchorView {
  const view: AnchorView = {
    // '' when the run kept no anchor (`list` keeps only what it shows: views/query.ts, LIST_FIELDS).
    exact: (claim.anchor as Claim['anchor'] | undefined)?.exact ?? '',
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

/**
 * A chain of claims each built on the one before (`derivedFrom`), from the claim shown or from a claim an
 * earlier chain listed. `cycle` when its last claim is one the chain already passed through (ref/cycle).
 */
export interface DerivationChain {
  ids: string[];
  cycle: boolean;
}

/** A finding on another claim that concerns this one (Diagnostic.related). */
export interface RelatedFinding {
  /** The claim it is reported on. */
  on: string;
  diagnostic: Diagnostic;
}

/** What `show` adds to a claim's view: everything built on it, and the findings other claims carry about it. */
export interface ClaimDetail {
  /** Every claim built on this one, directly or through others, as chains (see derivationChains). */
  usedBy: DerivationChain[];
  /** Unsuppressed findings on other claims that name this one, by claim id then place. */
  relatedFindings: RelatedFinding[];
}

export function claimDetail(views: ReadonlyMap<string, ClaimView>, view: ClaimView): ClaimDetail {
  return { usedBy: derivationChains(views, view.id), relatedFindings: relatedFindings(views, view) };
}

/**
 * The claims built on `id`, transitively, as chains: a depth-first walk down `derivedBy`, each claim
 * followed once. The first chain starts at `id`; a later one starts at the claim it branches from, so
 * every link is listed once and the output grows with the links, not the paths. A chain ends at a claim
 * nothing is built on, at one already listed (its continuation is above), or where it loops back
 * (`cycle`). Iterative: a chain of 100,000 claims does not exhaust the stack.
 */
export function derivationChains(views: ReadonlyMap<string, ClaimView>, id: string): DerivationChain[] {
  const chains: DerivationChain[] = [];
  const listed = new Set([id]);
  const onPath = new Set([id]);
  const stack = [{ id, next: 0 }];
  let chain: string[] = [];
  const end = (cycle: boolean) => {
    chains.push({ ids: chain, cycle });
    chain = [];
  };
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const users = views.get(frame.id)?.derivedBy ?? [];
    if (frame.next < users.length) {
      const user = users[frame.next++]!;
      if (chain.length === 0) chain.push(frame.id);
      chain.push(user);
      if (onPath.has(user)) end(true);
      else if (listed.has(user)) end(false);
      else {
        listed.add(user);
        onPath.add(user);
        stack.push({ id: user, next: 0 });
      }
      continue;
    }
    if (users.length === 0 && chain.length > 0) end(false);
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
function relatedFindings(views: ReadonlyMap<string, ClaimView>, view: ClaimView): RelatedFinding[] {
  const mirrored = new Set(
    [...view.findings, ...view.suppressed].flatMap((diagnostic) =>
      (diagnostic.related ?? []).map((other) => `${diagnostic.ruleId}\u0000${diagnostic.messageId}\u0000${other}`),
    ),
  );
  const found: RelatedFinding[] = [];
  for (const other of views.values()) {
    if (other === view) continue;
    for (const diagnostic of other.findings) {
      if (diagnostic.related?.includes(view.id) && !mirrored.has(`${diagnostic.ruleId}\u0000${diagnostic.messageId}\u0000${other.id}`))
        found.push({ on: other.id, diagnostic });
    }
  }
  return found.sort((a, b) => compareText(a.on, b.on) || compareDiagnostics(a.diagnostic, b.diagnostic));
}

/** Story order: by where the anchor starts, unresolved anchors last, then by id. */
export function compareStoryOrder(a: ClaimView, b: ClaimView): number {
  const start = (view: ClaimView) => view.anchor.start ?? Number.POSITIVE_INFINITY;
  return compareText(a.storyId, b.storyId) || start(a) - start(b) || (b.anchor.end ?? 0) - (a.anchor.end ?? 0) || compareText(a.id, b.id);
}
