import { LIKELIHOODS } from '../model/scales.js';
import { CLAIM_TYPES } from '../views/enums.js';
/*
 * The values the `new` commands offer as choices, each list checked against the generated record types:
 * as Records keyed by the type, a value added to the schema but not here fails to compile.
 */
const keys = (values) => Object.keys(values);
export const SOURCE_TYPES = keys({
    person: true,
    organization: true,
    outlet: true,
    document: true,
    recording: true,
    collective: true,
    unknown: true,
});
export const GROUND_RULES = keys({
    'on-record': true,
    background: true,
    'deep-background': true,
    'off-record': true,
});
export const HOW_KNOWN = keys({
    direct: true,
    documents: true,
    hearsay: true,
    unknown: true,
});
export const EVIDENCE_TYPES = keys({
    document: true,
    recording: true,
    publication: true,
    interview: true,
    dataset: true,
    observation: true,
});
export const CUSTODIES = keys({ held: true, cited: true, described: true });
export const EVIDENCE_RELATIONS = keys({ supports: true, refutes: true, context: true });
export const RELATIONS = keys({
    said: true,
    stated: true,
    claimed: true,
    suggested: true,
    noted: true,
    denied: true,
    confirmed: true,
    'declined-to-comment': true,
    reported: true,
    published: true,
    alleged: true,
    assessed: true,
    considered: true,
    shows: true,
});
export { CLAIM_TYPES };
export const LIKELIHOOD_TERMS = LIKELIHOODS.map((entry) => entry.term);
