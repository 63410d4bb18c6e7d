import type { Finding, Place } from '../model/diagnostic.js';
import type { LoadedRecord } from '../model/records.js';

/**
 * The rules the loader and the schema stage report. Their one message, `problem`, is the problem as the
 * parser or the schema describes it; the runner puts it into the catalogue's template.
 */
export type LoaderRuleId = 'yaml/syntax' | 'yaml/duplicate-key' | 'yaml/encoding' | 'yaml/limit' | 'yaml/unsupported' | 'schema';

export function loaderFinding(ruleId: LoaderRuleId, problem: string, place: Place, record?: LoadedRecord): Finding {
  return { ruleId, messageId: 'problem', message: problem, place, ...(record ? { record } : {}) };
}
