/** The ajv settings every validator is built with, at run time or precompiled (scripts/build-validators.mjs). */
export const AJV_OPTIONS = {
    allErrors: true,
    ownProperties: true,
    strict: true,
    // Off only because source.schema.json requires `anonymity` when `name` is absent (if/not/required).
    strictRequired: false,
    verbose: true,
    allowUnionTypes: true,
};
/** Only the formats the schemas use: regex-based formats have had ReDoS bugs. */
export const FORMATS = ['date', 'uri'];
const BASE = 'https://claims.dev/schemas/v1/';
export const SCHEMA_IDS = {
    /** Any record, by its kind: one schema for a file that mixes kinds (for editors; `claims` checks each record by its kind's schema). */
    record: `${BASE}record.schema.json`,
    story: `${BASE}story.schema.json`,
    source: `${BASE}source.schema.json`,
    claim: `${BASE}claim.schema.json`,
    evidence: `${BASE}evidence.schema.json`,
    config: `${BASE}config.schema.json`,
};
