/** ICD 203 estimative terms, least to most likely, with their probability ranges in percent. */
export const LIKELIHOODS = [
    { term: 'almost-no-chance', label: 'almost no chance', range: [1, 5] },
    { term: 'very-unlikely', label: 'very unlikely', range: [5, 20] },
    { term: 'unlikely', label: 'unlikely', range: [20, 45] },
    { term: 'roughly-even-chance', label: 'roughly even chance', range: [45, 55] },
    { term: 'likely', label: 'likely', range: [55, 80] },
    { term: 'very-likely', label: 'very likely', range: [80, 95] },
    { term: 'almost-certain', label: 'almost certain', range: [95, 99] },
];
export function likelihoodRank(term) {
    return LIKELIHOODS.findIndex((entry) => entry.term === term);
}
export function likelihoodInfo(term) {
    const info = LIKELIHOODS.find((entry) => entry.term === term);
    if (!info)
        throw new Error(`unknown likelihood ${term}`);
    return info;
}
/** Admiralty (NATO AJP-2.1) source reliability. */
export const RELIABILITY = {
    A: 'completely reliable',
    B: 'usually reliable',
    C: 'fairly reliable',
    D: 'not usually reliable',
    E: 'unreliable',
    F: 'reliability cannot be judged',
};
/** Admiralty (NATO AJP-2.1) information credibility. */
export const CREDIBILITY = {
    1: 'confirmed by other sources',
    2: 'probably true',
    3: 'possibly true',
    4: 'doubtful',
    5: 'improbable',
    6: 'truth cannot be judged',
};
/** Statuses that are a reviewer's verdict and so need a `review`. */
export const VERDICTS = ['verified', 'disputed', 'refuted', 'unverifiable', 'retracted'];
/** Statuses under which a claim is still open. */
export const OPEN_STATUSES = ['unreviewed', 'in-review'];
