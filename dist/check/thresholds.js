export const DEFAULT_THRESHOLDS = {
    independentOrigins: 2,
    hedgedMaxLikelihood: 'likely',
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
export function resolveThresholds(configured) {
    return { ...DEFAULT_THRESHOLDS, ...configured };
}
