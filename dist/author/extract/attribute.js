import { LIMITS, writableQuote } from './fit.js';
import { RELAY_BEFORE, speechCues } from './cues.js';
/**
 * The quotations of a sentence, in order, with offsets into the sentence: between marks, or running to
 * the sentence's end from a mark that closes in a later sentence, or from its start to a mark opened in
 * an earlier one. A straight mark opens where it follows a space (or the start) and closes where it
 * follows a word or punctuation, as typesetters read it.
 */
export function quotations(sentence, openAtStart = false) {
    const spans = [];
    // Inside a quotation opened in an earlier sentence, the sentence's start is where this part of it opens.
    let open = openAtStart ? -1 : undefined;
    const close = (start, innerStart, innerEnd, end) => {
        // "This is not a clerical slip," she said: the comma is the story's punctuation, not the speaker's words.
        const inner = writableQuote(sentence.slice(innerStart, innerEnd).replace(/,\s*$/u, ''));
        if (inner.trim().length > 0)
            spans.push({ start: Math.max(0, start), end, inner });
    };
    for (const mark of sentence.matchAll(/[“”"‘’]/gu)) {
        const at = mark.index;
        const char = mark[0];
        // ‘single’ marks only where they cannot be an apostrophe: ‘ after a space, ’ before one or at the end.
        if (char === '‘' && !(at === 0 || /\s/u.test(sentence[at - 1])))
            continue;
        if (char === '’' && (open === undefined || sentence[open] !== '‘' || /[\p{L}\p{N}]/u.test(sentence[at + 1] ?? '')))
            continue;
        const opening = char === '“' || char === '‘' || (char === '"' && (at === 0 || /\s|[([{—–-]/u.test(sentence[at - 1])));
        if (opening)
            open = at;
        else if (open !== undefined) {
            close(open, open + 1, at, at + 1);
            open = undefined;
        }
        else if (spans.length === 0)
            close(0, 0, at, at + 1);
    }
    if (open !== undefined)
        close(open, open + 1, sentence.length, sentence.length);
    return { spans, openAtEnd: open !== undefined };
}
/** What only people and organisations do, never a document. */
const PEOPLE_ONLY = new Set(['denied', 'declined-to-comment', 'confirmed', 'claimed', 'alleged', 'considered']);
/** What may stand between two verbs of one speaker: "… but declined to comment", "…, stating …". */
const SAME_SUBJECT = /^[^.;:]{0,160}?(?:,|\bbut\b|\band\b|\bwhile\b|\byet\b|\bthen\b)\s*(?:also\s+)?$/u;
/** Relations a source referred to as "it" can have: it speaks or finds; it does not suggest or believe. */
const SPEAKING = new Set([
    'said',
    'stated',
    'claimed',
    'denied',
    'confirmed',
    'declined-to-comment',
    'reported',
    'published',
    'assessed',
    'noted',
]);
/** "said in Portuguese", "speaking in Russian": the story prints its own translation of the words. */
const TRANSLATED = /^[\p{L} ]{0,40}?\bin\s+(?:Portuguese|Spanish|French|German|Russian|Arabic|Chinese|Mandarin|Cantonese|Japanese|Korean|Italian|Ukrainian|Polish|Turkish|Hindi|Urdu|Persian|Farsi|Hebrew|Dutch|Swedish|Greek|Romanian|Hungarian|Czech|Vietnamese|Thai|Indonesian|Malay|Swahili|Amharic|Bengali|Tamil)\b/u;
/** "A spokesperson for the association": the organisation speaks, and "the spokesperson" later means it. */
const SPOKESPERSON_FOR = /\b(spokesperson|spokesman|spokeswoman|representative|lawyer|attorney)\s+(?:for|of|at)\s+(?:the\s+)?$/iu;
/** Why the story says a source is anonymous: "on condition of anonymity because they were not authorised …". */
const ANONYMITY_REASON = /\b(?:on\s+condition\s+of\s+anonymity|asked\s+not\s+to\s+be\s+(?:named|identified)|declined\s+to\s+be\s+(?:named|identified)|requested\s+anonymity|spoke\s+anonymously|was\s+not\s+named|were\s+not\s+named)\s*,?\s*((?:because|as|since|for\s+fear|to\s+(?:discuss|describe|speak|avoid|protect))\b[^.;,"“”]*)/iu;
/** The reason a sentence gives for a source's anonymity, or null when it gives none. */
function anonymityReason(sentence) {
    const match = ANONYMITY_REASON.exec(sentence);
    return match ? match[1].trim().replace(/[,\s]+$/u, '') : null;
}
/**
 * The attribution of one sentence: the first speech cue whose speaker can be found (before the cue, after
 * it when a quote comes first — "…," said the mayor — or after "according to"), its relays ("told the
 * Ledger", an outlet that reported what the speaker said) and the first quotation.
 * `mentions` are the sentence's mentions, offsets relative to the sentence.
 */
export function attributeSentence(sentence, quoted, mentions, registry, earlierRelays) {
    const outside = mentions.filter((mention) => !quoted.some((quote) => mention.start >= quote.start && mention.end <= quote.end));
    const relayMentions = outside.filter((mention) => isRelay(sentence, mention));
    const reason = anonymityReason(sentence);
    // `from`: where the speaker's words begin, its name when the name comes before the verb.
    const speakers = [];
    let previousEnd = 0;
    for (const cue of speechCues(sentence, quoted)) {
        const candidate = speakerOf(sentence, cue, outside, relayMentions, quoted, previousEnd);
        // A document finds, states or warns; it does not deny or decline: "the figures" before "declined to
        // comment" are what the speaker spoke of, not who spoke.
        const found = candidate?.mention.kind === 'document' && !cue.speakerAfter && PEOPLE_ONLY.has(cue.relation) ? undefined : candidate;
        const window = sentence.slice(previousEnd, cue.start);
        previousEnd = cue.end;
        const mention = found?.mention;
        // "He claimed … but declined to comment, stating …": a verb joined to the last one has its speaker, and
        // so has a participle after a comma, whatever the words between name ("…, remarking that").
        const last = speakers.at(-1);
        const participle = /ing$/iu.test(cue.text) && /,\s*$/u.test(window);
        if (last && (participle || (!mention && SAME_SUBJECT.test(window)))) {
            speakers.push({ cue, source: last.source, from: cue.start });
            continue;
        }
        // "It suggests …": the story reading evidence, not an organisation speaking.
        if (!mention || (mention.kind === 'pronoun' && mention.text.toLowerCase() === 'it' && !SPEAKING.has(cue.relation)))
            continue;
        const source = registry.resolve(mention, {
            ...(mention.kind === 'anonymous' ? { reason } : {}),
            ...(found.role === undefined ? {} : { role: found.role }),
        });
        if (!source)
            continue;
        const spokesperson = SPOKESPERSON_FOR.exec(sentence.slice(Math.max(0, mention.start - 40), mention.start));
        if (spokesperson)
            registry.alias(source, spokesperson[1]);
        speakers.push({ cue, source, from: Math.min(cue.start, mention.start) });
    }
    const [first] = speakers;
    if (!first)
        return undefined;
    // "According to X" attributes the whole sentence to X. "The Ledger reported that the mayor said …": the
    // person is the origin, the outlet that carried it a relay.
    const origin = speakers.find((speaker) => speaker.cue.speakerAfter) ?? speakers.find((speaker) => speaker.source.type !== 'outlet') ?? first;
    const via = new Map();
    for (const speaker of speakers)
        if (speaker.source.type === 'outlet' && speaker !== origin)
            via.set(speaker.source.id, { source: speaker.source, inferred: false });
    for (const mention of relayMentions) {
        const source = registry.resolve(mention);
        if (source && source !== origin.source)
            via.set(source.id, { source, inferred: false });
    }
    const earlier = earlierRelays.get(origin.source.id);
    if (via.size === 0 && earlier && earlier !== origin.source)
        via.set(earlier.id, { source: earlier, inferred: true });
    const relayed = [...via.values()];
    const attributionOf = (speaker, quote) => ({
        source: speaker.source.id,
        relation: relationOf(speaker.cue, speaker.source),
        ...(relayed.length > 0 ? { via: relayed.slice(0, LIMITS.via).map(viaLink) } : {}),
        ...(quote ? { quote: quote.inner } : {}),
        // `translated` is said of a quote: the story's own English for words said in another language.
        ...(quote && TRANSLATED.test(sentence.slice(speaker.cue.start)) ? { translated: true } : {}),
    });
    const others = speakers.filter((speaker) => speaker !== origin && !via.has(speaker.source.id));
    const clauses = others.map((speaker) => {
        const start = speaker.cue.start;
        // Up to the next speaker's name or verb: "… denied it, and Tom Reyes said …" ends before "Tom Reyes".
        const following = speakers.find((other) => other.cue.start > start);
        const end = clauseEnd(sentence, start, following ? Math.max(start, following.from) : sentence.length);
        return {
            start,
            end,
            attribution: attributionOf(speaker, quoted.find((quote) => quote.start >= start && quote.end <= end)),
            cue: speaker.cue,
            speaker: speaker.source,
            via: relayed,
        };
    });
    return {
        attribution: attributionOf(origin, quoted[0]),
        cue: origin.cue,
        speaker: origin.source,
        via: relayed,
        clauses,
    };
}
/** Where a clause ends: before the next cue, without the joining word and punctuation ("…, but", "… and"). */
function clauseEnd(sentence, start, limit) {
    // A loop from the end: a regular expression anchored at the end is quadratic on a long run of spaces.
    let end = limit;
    for (;;) {
        while (end > start && /[\s,;:.!?\p{Pd}]/u.test(sentence[end - 1]))
            end--;
        const joiner = /\b(?:but|and|while|yet|then|also|as)$/u.exec(sentence.slice(Math.max(start, end - 5), end));
        if (!joiner || end - joiner[0].length <= start)
            return end;
        end -= joiner[0].length;
    }
}
function viaLink(relay) {
    return relay.inferred ? { source: relay.source.id, certainty: 'inferred' } : relay.source.id;
}
/**
 * What a document "found", "states" or is cited "according to" for, it shows; "according to" names no
 * verb otherwise: an outlet reported it, an organisation stated it, a person said it.
 */
function relationOf(cue, source) {
    if (source.type === 'document' && cue.relation !== 'denied')
        return 'shows';
    if (!cue.speakerAfter)
        return cue.relation;
    if (source.type === 'outlet')
        return 'reported';
    return source.type === 'person' ? 'said' : 'stated';
}
function isRelay(sentence, mention) {
    return mention.kind !== 'pronoun' && RELAY_BEFORE.test(sentence.slice(Math.max(0, mention.start - 80), mention.start));
}
/** Prefers the mention nearest the cue; among those ending at the same place, a recognised name over a guess, then the longest. */
function nearest(candidates, key) {
    return [...candidates].sort((a, b) => key(a) - key(b) || Number(a.guessed === true) - Number(b.guessed === true) || b.end - b.start - (a.end - a.start))[0];
}
/** A role set off by commas right before the verb: "Daniel Hoffman, a former CIA Moscow station chief, noted". */
const APPOSITIVE = /,\s*((?:a|an|the|who|whose|which|one\s+of)\s[^,]*?),\s*$/iu;
function speakerOf(sentence, cue, mentions, relayMentions, quoted, previousEnd) {
    const candidates = (from, to) => mentions.filter((mention) => mention.start >= from && mention.end <= to && !relayMentions.includes(mention));
    const after = (within) => {
        const mention = nearest(mentions.filter((mention) => mention.start >= cue.end && mention.start - cue.end <= within && !relayMentions.includes(mention)), (mention) => mention.start);
        return mention && { mention };
    };
    if (cue.speakerAfter)
        return after(6);
    const quoteEnd = Math.max(0, ...quoted.filter((quote) => quote.end <= cue.start).map((quote) => quote.end));
    const windowStart = Math.max(previousEnd, quoteEnd);
    // "…," said the mayor: nothing but punctuation between the quote and the verb, so the speaker follows.
    if (quoteEnd > 0 && /^[\s,]*$/u.test(sentence.slice(quoteEnd, cue.start)))
        return after(6);
    const window = sentence.slice(windowStart, cue.start);
    const appositive = APPOSITIVE.exec(window);
    if (appositive) {
        const cut = windowStart + appositive.index;
        const named = nearest(candidates(windowStart, cut), (mention) => cut - mention.end);
        // "Rosa Amaral, 58, a mussel picker …": an age may stand between the name and the role.
        if (named && /^(?:,\s*\d{1,3})?\s*$/u.test(sentence.slice(named.end, cut)))
            return { mention: named, role: appositive[1].trim() };
    }
    const mention = nearest(candidates(windowStart, cue.start), (mention) => cue.start - mention.end);
    return mention && { mention };
}
