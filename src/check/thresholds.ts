import type { Likelihood, Thresholds as ConfiguredThresholds } from '../model/records.js';

/**
 * Every number and word list the provenance rules judge by, in one place; `thresholds:` in
 * claims.config.yaml overrides any of them (schemas/config.schema.json documents each).
 */
export interface Thresholds {
  independentOrigins: number;
  hedgedMaxLikelihood: Likelihood;
  uncorroboratedMaxLikelihood: Likelihood;
  hedges: string[];
  boilerplateReasons: string[];
  anchorMinSimilarity: number;
  maxEvidenceBytes: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  independentOrigins: 2,
  hedgedMaxLikelihood: 'likely',
  uncorroboratedMaxLikelihood: 'roughly-even-chance',
  hedges: [
    'allegedly',
    'reportedly',
    'apparently',
    'appeared to',
    'appears to',
    'seems',
    'seemed',
    'could',
    'may',
    'might',
    'possibly',
    'presumably',
    'suggest',
    'suggests',
    'suggested',
    'suggesting',
    'purportedly',
    'unconfirmed',
  ],
  boilerplateReasons: [
    'not authorized to speak',
    'not authorised to speak',
    'not authorized to comment',
    'not authorised to comment',
    'on condition of anonymity',
    'requested anonymity',
    'asked not to be named',
    'because of the sensitivity',
  ],
  anchorMinSimilarity: 0.75,
  maxEvidenceBytes: 64 * 1024 * 1024,
};

export function resolveThresholds(configured: ConfiguredThresholds | undefined): Thresholds {
  return { ...DEFAULT_THRESHOLDS, ...configured };
}
