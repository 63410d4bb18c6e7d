import { OPEN_STATUSES, VERDICTS } from '../model/scales.js';
/** Claim types in schema order; a Record so the compiler flags a type added to the schema but not here. */
const TYPE_RANK = {
    fact: 0,
    'attributed-statement': 1,
    characterisation: 2,
    analysis: 3,
    speculation: 4,
    background: 5,
};
export const CLAIM_TYPES = Object.keys(TYPE_RANK);
/** Open statuses first, then the verdicts, as the schema lists them. */
export const STATUSES = [...OPEN_STATUSES, ...VERDICTS];
export function typeRank(type) {
    return TYPE_RANK[type];
}
export function statusRank(status) {
    return STATUSES.indexOf(status);
}
