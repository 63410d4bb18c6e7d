import { anchorAmbiguous, anchorMoved, anchorNotFound } from './rules/anchor.js';
import { confidenceAbovePremise } from './rules/confidence-above-premise.js';
import { confidenceHedgeDropped } from './rules/confidence-hedge-dropped.js';
import { confidenceOverstated } from './rules/confidence-overstated.js';
import { contradictionLikelihoods } from './rules/contradiction-likelihoods.js';
import { contradictionUnresolved } from './rules/contradiction-unresolved.js';
import { coverageUncoveredSentence } from './rules/coverage-uncovered-sentence.js';
import { dateFuture } from './rules/date-future.js';
import { evidenceHashMismatch } from './rules/evidence-hash-mismatch.js';
import { evidenceMissing } from './rules/evidence-missing.js';
import { evidenceNotHeld } from './rules/evidence-not-held.js';
import { evidenceOutsideRepo } from './rules/evidence-outside-repo.js';
import { idDuplicate } from './rules/id-duplicate.js';
import { quoteNotInStory } from './rules/quote-not-in-story.js';
import { refCycle } from './rules/ref-cycle.js';
import { refUnresolved } from './rules/ref-unresolved.js';
import { replyNotRecorded } from './rules/reply-not-recorded.js';
import { reviewStale } from './rules/review-stale.js';
import { schema } from './rules/schema.js';
import { sourceAnonymousWithoutReason } from './rules/source-anonymous-without-reason.js';
import { sourceBoilerplateReason } from './rules/source-boilerplate-reason.js';
import { sourcingAnonymousOpinion } from './rules/sourcing-anonymous-opinion.js';
import { sourcingBackgroundContested } from './rules/sourcing-background-contested.js';
import { sourcingCircular } from './rules/sourcing-circular.js';
import { sourcingSingleOrigin } from './rules/sourcing-single-origin.js';
import { sourcingUnattributed } from './rules/sourcing-unattributed.js';
import { statusDraft } from './rules/status-draft.js';
import { statusUnreviewedVerdict } from './rules/status-unreviewed-verdict.js';
import { statusVerifiedUnsupported } from './rules/status-verified-unsupported.js';
import { storyHashMismatch } from './rules/story-hash-mismatch.js';
import { storyMetadataMissing } from './rules/story-metadata-missing.js';
import { storyTextMissing } from './rules/story-text-missing.js';
import { suppressUnused } from './rules/suppress-unused.js';
import { yamlDuplicateKey, yamlEncoding, yamlLimit, yamlSyntax, yamlUnsupported } from './rules/yaml.js';
/** Every rule, in the order DESIGN §2 lists them. Adding a rule: its file, its docs/rules page, and one line here. */
export const RULES = [
    yamlSyntax,
    yamlDuplicateKey,
    yamlEncoding,
    yamlLimit,
    yamlUnsupported,
    schema,
    idDuplicate,
    refUnresolved,
    refCycle,
    storyTextMissing,
    storyHashMismatch,
    storyMetadataMissing,
    anchorNotFound,
    anchorAmbiguous,
    anchorMoved,
    quoteNotInStory,
    evidenceMissing,
    evidenceHashMismatch,
    evidenceOutsideRepo,
    evidenceNotHeld,
    sourceAnonymousWithoutReason,
    sourceBoilerplateReason,
    sourcingUnattributed,
    sourcingAnonymousOpinion,
    sourcingBackgroundContested,
    sourcingCircular,
    sourcingSingleOrigin,
    confidenceOverstated,
    statusUnreviewedVerdict,
    statusVerifiedUnsupported,
    statusDraft,
    contradictionUnresolved,
    contradictionLikelihoods,
    confidenceAbovePremise,
    confidenceHedgeDropped,
    coverageUncoveredSentence,
    reviewStale,
    replyNotRecorded,
    dateFuture,
    suppressUnused,
];
export const RULES_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
export const catalogueView = {
    ids: RULES.map((rule) => rule.id),
    isConfigurable: (id) => RULES_BY_ID.get(id)?.configurable ?? false,
};
