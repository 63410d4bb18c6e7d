import nlp from 'compromise';
/** Titles written before a name; kept as the person's role, not as part of the name. */
const TITLES = new RegExp(
// Words that are titles only before a title noun ("Health Minister", "Deputy Mayor"), never on their own
// ("General Motors", "State Farm", "Justice Department" are names), then the title nouns themselves.
`^(?:(?:Vice|Prime|Deputy|Executive|Finance|Health|Interior|Foreign|Defence|Defense|Justice|Public|Works|City|State|Federal|Regional|General|Chief|Attorney|Lord)\\s+)*` +
    `(?:Mayor|President|Director|Minister|Senator|Sen\\.|Governor|Gov\\.|Dr\\.?|Professor|Prof\\.|Commissioner|Judge|Secretary|Councillor|Councilor|Councilwoman|Councilman|Rep\\.|Representative|Mr\\.?|Ms\\.?|Mrs\\.?|Sir|Dame|Inspector|Officer|Sergeant|Sgt\\.|Captain|Capt\\.|Gen\\.|Colonel|Col\\.|Chairman|Chairwoman|Chair|Superintendent|Auditor|Treasurer|Prosecutor|Lieutenant|Lt\\.|Commander|Ambassador|Envoy|Spokesperson|Spokesman|Spokeswoman|Aide|Adviser|Advisor)\\s+`, 'u');
/** Names of news organisations: a mention that carries one of these words is an outlet. */
const OUTLET_WORDS = /\b(?:News|Times|Post|Journal|Herald|Ledger|Gazette|Tribune|Press|Reuters|Agency|Radio|TV|Television|Broadcasting|Daily|Weekly|Chronicle|Courier|Observer|Guardian|Telegraph|Wire|Monitor|Bulletin|Record|Review|Standard|Mail|Express|Magazine|Associated Press|AFP|BBC|CNN)\b/u;
/** Words before a name that say it is an outlet: "the newspaper Kommersant", "the broadcaster RTV". */
const OUTLET_BEFORE = /\b(?:newspaper|news\s+agency|broadcaster|magazine|outlet|daily|weekly|wire\s+service|channel|radio\s+station|station|website|tabloid|paper)\s+$/iu;
/** A run of capitalised words, joined by the small words names carry ("Bank of England", "Ministry for Health"). */
const CAPITALISED = /\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:(?:of|for|and|the|de|del|la|le|von|van|&)\s+)?\p{Lu}[\p{L}\p{M}'’.&-]*)*/gu;
/** Capitalised words that start sentences or clauses without naming anyone. */
const NOT_NAMES = new Set('A An The This That These Those He She It They We I You His Her Its Their Our In On At By For From With After Before While When Where If But And Or Yet So Since As Although Though However Meanwhile Still Also Then There Here What Who Why How One Two Three Several Some Many Most Both Each Other Another Such Speaking According Asked Last Next Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(' '));
/** Descriptions of unnamed people: "a senior official familiar with the audit", "two people briefed on the talks". */
/** What unnamed people are called: the head noun of "a senior official familiar with …", "two council officials". */
const PEOPLE = [
    'official', 'officials', 'person', 'people', 'source', 'sources', 'aide', 'aides', 'employee', 'employees', 'staffer',
    'staffers', 'staff member', 'staff members', 'executive', 'executives', 'diplomat', 'diplomats', 'insider', 'insiders',
    'investigator', 'investigators', 'engineer', 'engineers', 'worker', 'workers', 'resident', 'residents', 'analyst',
    'analysts', 'expert', 'experts', 'member', 'members', 'lawmaker', 'lawmakers', 'officer', 'officers', 'contractor',
    'contractors', 'whistleblower', 'witness', 'witnesses', 'manager', 'managers', 'colleague', 'colleagues', 'authors',
    'researchers', 'scientists',
]; // prettier-ignore
/** Where a description's tail begins: "… familiar with the talks", "… who spoke on condition …". */
const DESCRIPTION_TAIL = /\s+(?:familiar|with|close|briefed|involved|who|at|in|from|of)\s/iu;
/** The head noun of an unnamed source's description, lower-cased: "officials" in "Two council officials, who …". */
export function headNoun(description) {
    return /(\p{L}+)\s*$/u.exec(description.split(DESCRIPTION_TAIL)[0])?.[1]?.toLowerCase();
}
const ANONYMOUS = new RegExp(
// After an article or a number any words may describe them ("two council officials"); without one, only the usual adjectives.
`\\b(?:(?:a|an|one|two|three|four|five|several|some|many|other|the|another)\\s+(?:[\\p{L}.-]+\\s+){0,3}?|(?:(?:senior|former|current|junior|local|federal|state|city|government|company|ministry|department|police|military|intelligence|administration|council)\\s+){0,3})` +
    `(?:${PEOPLE.map((head) => head.replace(' ', '\\s+')).join('|')})\\b` +
    `(?:\\s+(?:familiar\\s+with|with\\s+knowledge\\s+of|with\\s+direct\\s+knowledge\\s+of|close\\s+to|briefed\\s+on|involved\\s+in)\\s+[^,.;"“”]{1,60}?(?=[,.;"“”]|\\s+(?:said|says|told|confirmed|denied|claimed|added|warned|noted|stated|suggested|alleged|wrote|reported|estimated|believes)\\b))?`, 'giu');
/** Head nouns of documents and publications a claim can rest on: "the audit report", "a 2021 inspection report". */
const DOCUMENT_HEADS = [
    'report', 'reports', 'audit', 'study', 'survey', 'statement', 'filing', 'document', 'documents', 'memo', 'memorandum', 'letter',
    'analysis', 'data', 'figures', 'records', 'estimate', 'review', 'assessment', 'paper', 'minutes', 'transcript', 'recording',
    'recordings', 'audio', 'video', 'email', 'emails', 'contract', 'inspection', 'investigation', 'findings',
]; // prettier-ignore
/** A noun phrase, in compromise's match syntax, that ends in one of them. */
// At most four words before the head: an unbounded run makes compromise's matcher quadratic on long lists of nouns.
const DOCUMENT_PHRASE = `#Determiner? (#Adjective|#Noun|#Value){0,4} (${DOCUMENT_HEADS.join('|')})`;
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|ean|ican|ese|ish)$/u;
/** Outlets the story describes without naming: "local radio reported", "according to state media". */
const UNNAMED_OUTLET = /\b(?:local|state|national|regional|public|state-run|state-owned|pro-government|opposition)\s+(?:radio|television|tv|media|press|newspapers?|broadcasters?)\b/giu;
const PRONOUNS = /\b(?:he|she|they|it)\b/giu;
/** Words that refer back to a source already named: "the spokesperson", "the company". */
const REFERENCE = /\b[Tt]he\s+(?:(?:[\p{L}-]+\s+){0,2}?)(spokesperson|spokesman|spokeswoman|mayor|minister|president|governor|senator|director|company|firm|agency|ministry|department|council|government|office|utility|university|hospital|police|union|commission|committee|court|prosecutor|auditor|official|newspaper|broadcaster|outlet|envoy|aide|adviser|chief|chairman|chairwoman|executive|operator|contractor|group|bank|board|authority|administration|campaign|lawyer|attorney|manufacturer|airline|insurer|regulator|watchdog|network|institute|center|centre|researchers?|scientists?|news\s+agency)\b(?!\s+\p{Lu})/gu;
/**
 * Only each match's text and offsets: compromise's full JSON of every term costs more than the tagging.
 * `terms: false` is compromise's documented way to leave the terms out; its type declarations only
 * allow an options object there.
 */
const OFFSETS = { offset: true, terms: false };
/**
 * Every mention in one paragraph (a line of the story), offsets shifted by `lineStart`. Names come from
 * compromise's people and organisations and from runs of capitalised words; descriptions, documents,
 * pronouns and back-references from patterns. Overlaps are resolved later, per speech cue.
 */
export function paragraphMentions(line, lineStart) {
    const mentions = [];
    const view = nlp(line);
    const add = (kind, start, raw, extra = {}) => {
        const cleaned = clean(raw);
        if (cleaned.text.length === 0)
            return;
        const from = start + cleaned.offset;
        mentions.push({ start: lineStart + from, end: lineStart + from + cleaned.text.length, kind, text: cleaned.text, ...extra });
    };
    for (const match of view.people().json(OFFSETS))
        addName('person', match.offset.start, line.slice(match.offset.start, match.offset.start + match.offset.length));
    for (const match of view.organizations().json(OFFSETS)) {
        const name = line.slice(match.offset.start, match.offset.start + match.offset.length);
        // "Ushakov's communications": a possessive phrase, not an organisation's name.
        if (!/\p{L}['’]s\s/u.test(name))
            addName('organization', match.offset.start, name);
    }
    for (const match of line.matchAll(CAPITALISED)) {
        // A sentence's first word is capitalised anyway: drop leading words that are not names.
        let start = match.index;
        let text = match[0];
        for (let word = /^(\S+)\s*/u.exec(text); word && NOT_NAMES.has(word[1].replace(/[.,'’]+$/u, '')); word = /^(\S+)\s*/u.exec(text)) {
            start += word[0].length;
            text = text.slice(word[0].length);
        }
        // A lone nationality is an adjective ("the Russian newspaper"), not a name.
        if (DEMONYM.test(text))
            continue;
        if (text.length === 0 ||
            mentions.some((known) => known.start <= lineStart + start && known.end >= lineStart + start + clean(text).text.length))
            continue;
        addName(undefined, start, text, true);
    }
    for (const match of line.matchAll(ANONYMOUS)) {
        const head = headNoun(match[0]) ?? '';
        add('anonymous', match.index, match[0], { plural: head === 'people' || (head.endsWith('s') && PEOPLE.includes(head)) });
    }
    for (const match of line.matchAll(UNNAMED_OUTLET))
        add('anonymous', match.index, match[0], { sourceType: 'outlet' });
    // Documents are the noun phrases compromise matches whose last word names one.
    for (const match of view.match(DOCUMENT_PHRASE).json(OFFSETS))
        add('document', match.offset.start, line.slice(match.offset.start, match.offset.start + match.offset.length));
    for (const match of line.matchAll(PRONOUNS))
        add('pronoun', match.index, match[0]);
    for (const match of line.matchAll(REFERENCE))
        add('reference', match.index, match[0], { role: match[1].toLowerCase() });
    return mentions;
    function addName(known, start, raw, guessed = false) {
        const title = TITLES.exec(raw);
        const role = title ? title[0].trim() : undefined;
        const name = raw.slice(title ? title[0].length : 0);
        const at = start + (title ? title[0].length : 0);
        if (clean(name).text.length === 0)
            return;
        const outlet = OUTLET_WORDS.test(name) || OUTLET_BEFORE.test(line.slice(0, start));
        const kind = outlet ? 'outlet' : (known ?? (role ? 'person' : 'organization'));
        add(kind, at, name, { ...(role ? { role } : {}), ...(guessed ? { guessed } : {}) });
    }
}
const LEADING = /[\s"“”‘’'([,\p{Pd}]/u;
const TRAILING = /[\s"“”‘’'),.;:!?\]…\p{Pd}]/u;
/** A name without possessive or edge punctuation (dashes and ellipses included); `offset` is how much was cut from the front. */
function clean(raw) {
    let start = 0;
    while (start < raw.length && LEADING.test(raw[start]))
        start++;
    // Trimmed with a loop, not a regular expression anchored at the end, which is quadratic on long runs.
    let end = raw.length;
    while (end > start && TRAILING.test(raw[end - 1]))
        end--;
    let text = raw.slice(start, end);
    text = text.replace(/['’]s$/u, '').replace(/['’]$/u, '');
    while (text.length > 0 && TRAILING.test(text.at(-1)))
        text = text.slice(0, -1);
    return { text, offset: start };
}
