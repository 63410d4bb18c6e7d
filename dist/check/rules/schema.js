import { defineRule } from '../rule.js';
// Reported by the schema stage (src/load/schema/validate-records.ts); its one message is the schema
// error described in words (src/load/schema/messages.ts).
export const schema = defineRule({
    id: 'schema',
    severity: 'error',
    summary: 'A record does not match its JSON Schema: unknown or missing field, wrong type, bad value.',
    stage: 'validate',
    configurable: false,
    reads: { records: {} },
    messages: { problem: '{{problem}}' },
});
