/**
 * Speech verbs and phrases by the relation they map to. Verbs that only colour a plain report of
 * speech (warned, added, insisted, told) map to `said`: the catalogue keeps the relations that change
 * what a claim is worth (a denial, a confirmation, an allegation), not every shade of voice.
 */
const RELATION_WORDS = [
    // "Did not respond to requests for comment" is not on this list: silence is the story's own fact, not a statement.
    ['declined-to-comment', ['declined to comment', 'declined to discuss', 'refused to comment', 'would not comment']],
    ['denied', ['denied', 'denies', 'deny', 'denying', 'rejected', 'rejects', 'disputed', 'disputes']],
    ['confirmed', ['confirmed', 'confirms', 'confirming', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'verified']],
    ['alleged', ['alleged', 'alleges', 'accused', 'accuses']],
    ['claimed', ['claimed', 'claims', 'claiming', 'contended', 'contends', 'maintained', 'maintains']],
    ['suggested', ['suggested', 'suggests', 'suggesting', 'hinted', 'implied', 'recommended', 'recommends', 'advised', 'advises', 'urged', 'urges']],
    ['noted', ['noted', 'notes', 'noting', 'observed', 'pointed out', 'pointed to', 'pointed towards', 'recalled']],
    ['stated', ['stated', 'states', 'stating', 'wrote', 'writes', 'announced', 'announces', 'declared', 'said in a statement', 'wrote in a statement', 'testified']],
    ['reported', ['reported', 'reports', 'revealed']],
    ['published', ['published', 'publishes']],
    ['assessed', ['estimated', 'estimates', 'assessed', 'assesses', 'concluded', 'concludes', 'found', 'finds', 'calculated', 'projected', 'predicted', 'flagged', 'flags', 'identified', 'identifies', 'showed', 'shows', 'indicated', 'indicates', 'recorded']],
    ['considered', ['believes', 'considers', 'thinks']],
    ['said', ['said', 'says', 'told', 'tells', 'telling', 'saying', 'warned', 'warns', 'warning', 'added', 'adds', 'adding', 'remarking', 'arguing', 'insisting', 'insisted', 'insists', 'argued', 'argues', 'explained', 'explains', 'remarked', 'remarks', 'asserted', 'asserts', 'cautioned', 'stressed', 'emphasised', 'emphasized', 'summarised', 'summarized', 'called']],
]; // prettier-ignore
/** The cue whose speaker follows it ("according to the ministry"); its relation depends on who that is (attribute.ts). */
const ACCORDING_TO = 'according to';
const RELATION_OF = new Map([
    ...RELATION_WORDS.flatMap(([relation, words]) => words.map((word) => [word, relation])),
    [ACCORDING_TO, 'stated'],
]);
const CUE_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${[...RELATION_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map((cue) => cue.replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}'’-])`, 'giu');
/** Every speech cue of a sentence outside quotation marks (a verb inside a quote is the speaker's, not the story's cue), in order. */
export function speechCues(sentence, quoted) {
    const cues = [];
    for (const match of sentence.matchAll(CUE_PATTERN)) {
        const start = match.index;
        const end = start + match[0].length;
        if (quoted.some((span) => start >= span.start && end <= span.end))
            continue;
        // "Called the findings "plausible"" is speech; "called a meeting", "called for" are acts: speech only with a quotation close after.
        if (/^called$/iu.test(match[0]) && !/^[^"“.]{0,60}["“]/u.test(sentence.slice(end)))
            continue;
        const key = match[0].toLowerCase().replace(/\s+/g, ' ');
        const relation = RELATION_OF.get(key);
        if (relation === undefined)
            continue;
        cues.push({ start, end, text: match[0], relation, speakerAfter: key === ACCORDING_TO });
    }
    return cues;
}
/**
 * What comes before a relay: the words after a speech verb that name who heard it ("told the Ledger"), up
 * to three words describing it first ("speaking to the Russian newspaper Kommersant").
 */
export const RELAY_BEFORE = /(?:\btold|\bspeaking\s+to|\bspoke\s+to|\binterview\s+with|\bremarks\s+to|\bquoted\s+by|\breported\s+by|\bcarried\s+by|\bcomments\s+to)\s+(?:the\s+)?(?:(?!(?:that|how|whether|if|about|what|why|when|who)\s)[\p{L}-]+\s+){0,3}$/iu;
