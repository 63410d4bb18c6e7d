import type { YamlRuleId } from '../../load/parse-yaml.js';
import { defineRule } from '../rule.js';

// Reported by the loader (src/load/load-records.ts, src/load/parse-yaml.ts); listed here for their
// metadata and docs. Their one message is the parser's own description of the problem.
const loaderRule = <const Id extends YamlRuleId>(id: Id, summary: string) =>
  defineRule({
    id,
    severity: 'error',
    summary,
    stage: 'validate',
    configurable: false,
    reads: { records: {} },
    messages: { problem: '{{problem}}' },
  });

export const yamlSyntax = loaderRule('yaml/syntax', 'The file cannot be read or is not valid YAML.');
export const yamlDuplicateKey = loaderRule('yaml/duplicate-key', 'A mapping repeats a key, so one of the values would be silently lost.');
export const yamlEncoding = loaderRule(
  'yaml/encoding',
  'The file is not UTF-8, or holds control, bidirectional or invisible formatting characters.',
);
export const yamlLimit = loaderRule('yaml/limit', 'The file exceeds a size, nesting or length limit that keeps checking fast and safe.');
export const yamlUnsupported = loaderRule(
  'yaml/unsupported',
  'The file uses a YAML feature claim records do not allow: anchors, aliases, tags, merge keys or a non-1.2 %YAML directive.',
);
