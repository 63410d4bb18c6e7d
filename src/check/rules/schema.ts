import { defineRule } from '../rule.js';

// Reported by the schema stage (src/check/schema/validate-records.ts).
export const schema = defineRule({
  id: 'schema',
  severity: 'error',
  summary: 'A record does not match its JSON Schema: unknown or missing field, wrong type, bad value.',
  stage: 'validate',
  configurable: false,
});
