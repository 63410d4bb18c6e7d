// Generated from schemas/*.schema.json by `npm run gen:types`. Do not edit.

/**
 * Rules silenced for this record only, each with the reason a reviewer accepted.
 *
 * @maxItems 100
 */
export type Suppress = {
  /**
   * Id of the rule to silence, e.g. sourcing/unattributed.
   */
  rule: string;
  /**
   * Why the finding is accepted; shown in every output.
   */
  reason: string;
}[];

export interface RecordSchemas {
  story?: Story;
  source?: Source;
  claim?: Claim;
  evidence?: Evidence;
  config?: Config;
}
/**
 * The published text under scrutiny.
 */
export interface Story {
  /**
   * Version of the record format. Always claims/v1.
   */
  apiVersion: 'claims/v1';
  /**
   * Record kind.
   */
  kind: 'Story';
  /**
   * Story id, referenced by each Claim's story field.
   */
  id: string;
  /**
   * Headline as published.
   */
  title: string;
  /**
   * Path of the story's text as published, relative to this record's file.
   */
  text: string;
  /**
   * SHA-256 of the text file when the claims were recorded; verify fails if the text changed since.
   */
  sha256?: string;
  /**
   * Where the story was published.
   */
  url?: string;
  /**
   * Who published the story.
   */
  publisher?: string;
  /**
   * Publication date.
   */
  published?: string;
  /**
   * Date the text was captured.
   */
  retrieved?: string;
  /**
   * Author line as published; null records a story that ran without one.
   */
  byline?: string | null;
  /**
   * The people and organisations the story makes allegations about, with whether they were given a right of reply.
   *
   * @maxItems 100
   */
  subjects?: {
    /**
     * Id of the Source the allegations are about.
     */
    source: string;
    /**
     * The right of reply: whether a response was sought and given, as the story or the desk knows it.
     */
    response?: {
      /**
       * True when the story or the desk asked the subject for a response.
       */
      sought: boolean;
      /**
       * True when the subject responded (a denial or a refusal to comment is a response).
       */
      given?: boolean;
      /**
       * What was asked, when, and what came back.
       */
      note?: string;
    };
  }[];
  /**
   * Anything an editor should know about this record.
   */
  note?: string;
  suppress?: Suppress;
}
/**
 * Who or what a claim comes from. Sources are shared by every story in the repository.
 */
export interface Source {
  /**
   * Version of the record format. Always claims/v1.
   */
  apiVersion: 'claims/v1';
  /**
   * Record kind.
   */
  kind: 'Source';
  /**
   * Source id, referenced by attributions and evidence origins.
   */
  id: string;
  /**
   * What kind of source this is; unknown when the story does not say ("sources said").
   */
  type: 'person' | 'organization' | 'outlet' | 'document' | 'recording' | 'collective' | 'unknown';
  /**
   * Name; omitted for an anonymous source.
   */
  name?: string;
  /**
   * How the story identifies the source, in its own words ("a former CIA Moscow station chief").
   */
  description: string;
  /**
   * Terms of the source's information (AP definitions); omit where no ground rule applies (a document, a recording, an unnamed collective).
   */
  groundRule?: 'on-record' | 'background' | 'deep-background' | 'off-record';
  /**
   * Why and how an anonymous source is known; required when there is no name.
   */
  anonymity?: {
    /**
     * Why anonymity was granted, as the story gives it; null when the story gives none.
     */
    reason: string | null;
    /**
     * How the source knows what they say.
     */
    howKnown: 'direct' | 'documents' | 'hearsay' | 'unknown';
  };
  /**
   * Admiralty source reliability: A completely reliable … E unreliable, F cannot be judged.
   */
  reliability?: 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
  /**
   * Why that reliability grade.
   */
  reliabilityNote?: string;
  /**
   * URLs identifying the source elsewhere (e.g. Wikidata).
   *
   * @maxItems 20
   */
  sameAs?: string[];
  suppress?: Suppress;
}
/**
 * One atomic assertion a story makes, with where it comes from and how far it can be trusted.
 */
export interface Claim {
  /**
   * Version of the record format. Always claims/v1.
   */
  apiVersion: 'claims/v1';
  /**
   * Record kind.
   */
  kind: 'Claim';
  /**
   * Claim id, referenced by derivedFrom and contradicts.
   */
  id: string;
  /**
   * Id of the Story the claim appears in.
   */
  story: string;
  /**
   * The assertion in neutral words.
   */
  statement: string;
  /**
   * Short form of the statement (ClaimReview claimReviewed), at most 75 characters.
   */
  summary?: string;
  /**
   * What kind of assertion this is.
   */
  type: 'fact' | 'attributed-statement' | 'characterisation' | 'analysis' | 'speculation' | 'background';
  /**
   * W3C Web Annotation text-quote selector locating the claim in the story text.
   */
  anchor: {
    /**
     * Verbatim span of the story text.
     */
    exact: string;
    /**
     * Text just before the span, to tell several matches apart.
     */
    prefix?: string;
    /**
     * Text just after the span, to tell several matches apart.
     */
    suffix?: string;
  };
  /**
   * Who the story attributes the claim to; an empty list marks the story's own, unattributed assertion.
   *
   * @maxItems 50
   */
  attribution: {
    /**
     * Id of the Source the claim is attributed to.
     */
    source: string;
    /**
     * How the source conveyed it; shows for what a recording or document shows.
     */
    relation:
      | 'said'
      | 'stated'
      | 'claimed'
      | 'suggested'
      | 'noted'
      | 'denied'
      | 'confirmed'
      | 'declined-to-comment'
      | 'reported'
      | 'published'
      | 'alleged'
      | 'assessed'
      | 'considered'
      | 'shows';
    /**
     * When the source said it (YYYY-MM-DD), where the story says; ClaimReview's claim date.
     */
    date?: string;
    /**
     * Sources the claim passed through on its way to the story, nearest the origin first: an id, or {source, certainty: inferred} for a relay the story implies but does not state.
     *
     * @maxItems 20
     */
    via?: (
      | string
      | {
          /**
           * Kebab-case identifier, unique per kind across the repository.
           */
          source: string;
          /**
           * stated when the story names this relay; inferred when the desk concluded it (shown as inferred wherever the chain is printed).
           */
          certainty: 'stated' | 'inferred';
        }
    )[];
    /**
     * The source's verbatim words as the story prints them.
     */
    quote?: string;
    /**
     * True when the quote is the story's translation of words said in another language.
     */
    translated?: boolean;
  }[];
  /**
   * Material that bears on the claim: a reference {ref, relation} to an Evidence record, or the evidence written inline.
   *
   * @maxItems 50
   */
  evidence?: (
    | {
        /**
         * Kebab-case identifier, unique per kind across the repository.
         */
        ref: string;
        /**
         * How the evidence bears on the claim.
         */
        relation: 'supports' | 'refutes' | 'context';
        /**
         * How this evidence bears on this claim.
         */
        note?: string;
      }
    | InlineEvidence
  )[];
  /**
   * Ids of the claims this claim is inferred from.
   *
   * @maxItems 50
   */
  derivedFrom?: string[];
  /**
   * Claims this claim is in tension with: an id, or {claim, kind, note}.
   *
   * @maxItems 50
   */
  contradicts?: (
    | string
    | {
        /**
         * Kebab-case identifier, unique per kind across the repository.
         */
        claim: string;
        /**
         * contradiction (the default) when both cannot be true; competing when they are rival explanations of one thing, of which at most one holds.
         */
        kind?: 'contradiction' | 'competing';
        /**
         * Where the tension lies.
         */
        note?: string;
      }
  )[];
  /**
   * The reviewer's estimate that the statement, as recorded, is true.
   */
  confidence: {
    /**
     * ICD 203 estimative term: almost-no-chance 1-5 %, very-unlikely 5-20 %, unlikely 20-45 %, roughly-even-chance 45-55 %, likely 55-80 %, very-likely 80-95 %, almost-certain 95-99 %.
     */
    likelihood:
      | 'almost-no-chance'
      | 'very-unlikely'
      | 'unlikely'
      | 'roughly-even-chance'
      | 'likely'
      | 'very-likely'
      | 'almost-certain';
    /**
     * Admiralty information credibility: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged.
     */
    credibility: number;
    /**
     * Why this likelihood and credibility.
     */
    rationale: string;
  };
  /**
   * Where the claim stands in review.
   */
  status: 'unreviewed' | 'in-review' | 'verified' | 'disputed' | 'refuted' | 'unverifiable' | 'retracted';
  /**
   * The latest review; required once the status is a verdict.
   */
  review?: {
    /**
     * Who reviewed.
     */
    by: string;
    /**
     * When.
     */
    date: string;
    /**
     * What the reviewer found.
     */
    note?: string;
    /**
     * Earlier reviews, oldest first.
     *
     * @maxItems 200
     */
    history?: {
      /**
       * The status that review set.
       */
      status: 'unreviewed' | 'in-review' | 'verified' | 'disputed' | 'refuted' | 'unverifiable' | 'retracted';
      /**
       * Who reviewed.
       */
      by: string;
      /**
       * When.
       */
      date: string;
      /**
       * What the reviewer found.
       */
      note?: string;
    }[];
  };
  /**
   * Free labels for filtering.
   *
   * @maxItems 50
   */
  tags?: string[];
  suppress?: Suppress;
}
/**
 * Inline evidence for this claim alone.
 */
export interface InlineEvidence {
  /**
   * What the evidence is.
   */
  type: 'document' | 'recording' | 'publication' | 'interview' | 'dataset' | 'observation';
  /**
   * Human-readable title.
   */
  title: string;
  /**
   * Absolute http or https URL.
   */
  url?: string;
  /**
   * Path of a preserved copy, relative to this record's file, inside the repository.
   */
  archive?: string;
  /**
   * SHA-256 of the preserved copy.
   */
  sha256?: string;
  /**
   * Date the evidence was captured.
   */
  retrieved?: string;
  /**
   * How the evidence bears on the claim.
   */
  relation: 'supports' | 'refutes' | 'context';
  /**
   * Kebab-case identifier, unique per kind across the repository.
   */
  origin?: string;
  /**
   * Whether the desk has the material: held (a preserved copy, with archive and sha256), cited (the story cites it but the desk has not obtained it) or described (a source describes it; no one has shown it). Where omitted on inline evidence: held with an archive, cited without.
   */
  custody?: 'held' | 'cited' | 'described';
}
/**
 * Material that bears on claims, recorded once and referenced by id from each claim's evidence list with that claim's relation.
 */
export interface Evidence {
  /**
   * Version of the record format. Always claims/v1.
   */
  apiVersion: 'claims/v1';
  /**
   * Record kind.
   */
  kind: 'Evidence';
  /**
   * Kebab-case identifier, unique per kind across the repository.
   */
  id: string;
  /**
   * What the evidence is.
   */
  type: 'document' | 'recording' | 'publication' | 'interview' | 'dataset' | 'observation';
  /**
   * Human-readable title.
   */
  title: string;
  /**
   * Absolute http or https URL.
   */
  url?: string;
  /**
   * Path of a preserved copy, relative to this record's file, inside the repository.
   */
  archive?: string;
  /**
   * SHA-256 of the preserved copy.
   */
  sha256?: string;
  /**
   * Date the evidence was captured.
   */
  retrieved?: string;
  /**
   * Kebab-case identifier, unique per kind across the repository.
   */
  origin?: string;
  /**
   * Whether the desk has the material: held (a preserved copy, with archive and sha256), cited (the story cites it but the desk has not obtained it) or described (a source describes it; no one has shown it). Where omitted on inline evidence: held with an archive, cited without.
   */
  custody: 'held' | 'cited' | 'described';
  /**
   * What the desk knows about the material and how.
   */
  note?: string;
  suppress?: Suppress;
}
/**
 * Repository-wide settings for the claims tool. Kept at the repository root; its directory is the root all paths are relative to.
 */
export interface Config {
  /**
   * Files, directories or globs holding records, relative to the repository root. Default: [claims].
   *
   * @minItems 1
   * @maxItems 100
   */
  paths?: string[];
  /**
   * Severity per rule id; off turns a rule off.
   */
  rules?: {
    /**
     * The rule's severity.
     */
    [k: string]: ('error' | 'warning' | 'info' | 'off') | undefined;
  };
  /**
   * The numbers and word lists the provenance rules judge by.
   */
  thresholds?: {
    /**
     * Independent origins needed for credibility 1 or status verified when there is no primary evidence. Default 2.
     */
    independentOrigins?: number;
    /**
     * Highest likelihood a claim whose anchor text is hedged may carry. Default likely.
     */
    hedgedMaxLikelihood?:
      | 'almost-no-chance'
      | 'very-unlikely'
      | 'unlikely'
      | 'roughly-even-chance'
      | 'likely'
      | 'very-likely'
      | 'almost-certain';
    /**
     * Highest likelihood a claim may carry when it rests on a single independent origin, or only on evidence the desk does not hold. Default roughly-even-chance.
     */
    uncorroboratedMaxLikelihood?:
      | 'almost-no-chance'
      | 'very-unlikely'
      | 'unlikely'
      | 'roughly-even-chance'
      | 'likely'
      | 'very-likely'
      | 'almost-certain';
    /**
     * Words and phrases that mark anchor text as hedged. Default: allegedly, reportedly, apparently, appeared to, appears to, seems, seemed, could, may, might, possibly, presumably, suggest, suggests, suggested, suggesting, purportedly, unconfirmed.
     *
     * @maxItems 200
     */
    hedges?: string[];
    /**
     * Phrases that make an anonymity reason boilerplate when the reason says little else. Default: not authorized to speak, not authorised to speak, not authorized to comment, not authorised to comment, on condition of anonymity, requested anonymity, asked not to be named, because of the sensitivity.
     *
     * @maxItems 200
     */
    boilerplateReasons?: string[];
    /**
     * Lowest similarity (0-1) at which a vanished anchor is reported as moved rather than not found. Default 0.75.
     */
    anchorMinSimilarity?: number;
    /**
     * Largest archived evidence or story text file read, in bytes. Default 67108864 (64 MiB).
     */
    maxEvidenceBytes?: number;
  };
  /**
   * Settings for claims export: who reviews, where the reviews are published, and the IRIs records get. A format that needs a setting left out here stops with a usage error naming it.
   */
  export?: {
    /**
     * The reviewing organisation: the author of every ClaimReview and of the Fact Check Tools markup pages (claimreview, factcheck-markup).
     */
    organization?: {
      /**
       * The organisation's name.
       */
      name: string;
      /**
       * The organisation's home page.
       */
      url?: string;
    };
    /**
     * Where the review of a claim is published, with {story} and {claim} standing for the ids, e.g. https://desk.example.org/checks/{story}#{claim} (claimreview, factcheck-markup). The part before any # is the page; claims on one page share one markup page.
     */
    reviewUrl?: string;
    /**
     * Base IRI of the desk's records, ending in / or #: a claim becomes <base>claim/<id>, a source <base>source/<id> (prov-json, prov-jsonld, web-annotation; in claimreview the claim's @id).
     */
    base?: string;
  };
}

/** Every string the schemas enumerate (`enum` members and `const` values), sorted. */
export const ENUMERATED_STRINGS: readonly string[] = [
  'A',
  'B',
  'C',
  'Claim',
  'D',
  'E',
  'Evidence',
  'F',
  'Source',
  'Story',
  'alleged',
  'almost-certain',
  'almost-no-chance',
  'analysis',
  'assessed',
  'attributed-statement',
  'background',
  'characterisation',
  'cited',
  'claimed',
  'claims/v1',
  'collective',
  'competing',
  'confirmed',
  'considered',
  'context',
  'contradiction',
  'dataset',
  'declined-to-comment',
  'deep-background',
  'denied',
  'described',
  'direct',
  'disputed',
  'document',
  'documents',
  'error',
  'fact',
  'hearsay',
  'held',
  'in-review',
  'inferred',
  'info',
  'interview',
  'likely',
  'noted',
  'observation',
  'off',
  'off-record',
  'on-record',
  'organization',
  'outlet',
  'person',
  'publication',
  'published',
  'recording',
  'refuted',
  'refutes',
  'reported',
  'retracted',
  'roughly-even-chance',
  'said',
  'shows',
  'speculation',
  'stated',
  'suggested',
  'supports',
  'unknown',
  'unlikely',
  'unreviewed',
  'unverifiable',
  'verified',
  'very-likely',
  'very-unlikely',
  'warning',
];
