import { splitSentences } from '../../check/anchor/sentences.js';
import { findHedge } from '../../check/hedges.js';
import { DRAFT_TAG } from '../../model/draft-tag.js';
import { suggestId } from '../suggest-id.js';
import { uniqueAnchor } from '../unique-anchor.js';
import { LIMITS, writable, writableSpan } from './fit.js';
import { attributeSentence, quotations } from './attribute.js';
import { paragraphMentions } from './mentions.js';
import { SourceRegistry } from './source-registry.js';
const UNGRADED = 'Not yet graded: even chance and credibility 6 until a fact-checker judges it.';
/** Hedges that make a sentence a guess at what may be or may happen, rather than a reading of what is. */
const MODAL_HEDGES = new Set(['could', 'may', 'might', 'possibly', 'presumably']);
/**
 * Draft records for a story text: the sources it names or describes and one claim for each sentence and
 * heading, typed and attributed from the cues the sentence carries. Deterministic: the same text and
 * repository give the same drafts.
 */
export function extractDrafts(request) {
    const { text } = request;
    const registry = new SourceRegistry(request.knownSources, request.takenSourceIds);
    const takenClaims = new Set(request.takenClaimIds);
    const claims = [];
    const unanchored = [];
    const sentences = splitSentences(text);
    const mentions = mentionsByParagraph(text);
    let paragraphEnd = -1;
    let relays = new Map();
    let previous;
    let next = 0;
    // Anchors are the story's own characters: narrowed to what a record can hold, then made unique.
    const anchorOn = (span) => {
        const narrowed = writableSpan(text, span, LIMITS.exact);
        return narrowed.end > narrowed.start ? uniqueAnchor(text, narrowed, request.minSimilarity) : undefined;
    };
    let quoteOpen = false;
    let insideQuote = [];
    const add = (draft) => {
        const id = suggestId(draft.statement, 'claim', takenClaims);
        takenClaims.add(id);
        const claim = { ...draft, id };
        claims.push(claim);
        return claim;
    };
    sentences.forEach((sentence, index) => {
        if (sentence.start > paragraphEnd) {
            paragraphEnd = lineEnd(text, sentence.start);
            relays = new Map();
            previous = undefined;
            quoteOpen = false;
            insideQuote = [];
        }
        const body = text.slice(sentence.start, sentence.end);
        // Mentions and sentences both run in text order: one pass over each keeps the time linear in the text.
        while (next < mentions.length && mentions[next].start < sentence.start)
            next++;
        const inSentence = [];
        for (let at = next; at < mentions.length && mentions[at].start < sentence.end; at++) {
            const mention = mentions[at];
            if (mention.end <= sentence.end)
                inSentence.push({ ...mention, start: mention.start - sentence.start, end: mention.end - sentence.start });
        }
        const openedBefore = quoteOpen;
        const { spans: quoted, openAtEnd } = sentence.heading ? { spans: [], openAtEnd: false } : quotations(body, quoteOpen);
        quoteOpen = openAtEnd;
        const attributed = sentence.heading
            ? undefined
            : (attributeSentence(body, quoted, inSentence, registry, relays) ?? continuedQuote(quoted, previous));
        // The names a later "he", "it" or "the ministry" may mean. Words inside a quotation are the speaker's.
        const noted = inSentence.flatMap((mention) => {
            if (quoted.some((quote) => mention.start >= quote.start && mention.end <= quote.end))
                return [];
            if (isName(mention))
                return [{ mention, options: {} }];
            // A document that opens the sentence is its subject ("The audit, dated 3 November, examined …").
            if (mention.kind === 'document' && mention.start === 0)
                return [{ mention, options: { recorded: false } }];
            // "the health ministry": later, "the ministry" means it.
            if (mention.kind === 'reference' && !/^the\s+\S+$/iu.test(mention.text))
                return [{ mention, options: { recorded: false } }];
            return [];
        });
        // Created in the order the story names them, then noted again last to first, so that the sentence's
        // first name, its likely subject, is the most recent.
        for (const { mention, options } of [...noted, ...[...noted].reverse()])
            registry.resolve(mention, options);
        if (attributed)
            for (const relay of attributed.via)
                if (!relay.inferred)
                    relays.set(attributed.speaker.id, relay.source);
        previous = attributed;
        const anchor = anchorOn({ start: sentence.start, end: sentence.end });
        if (!anchor) {
            unanchored.push(index + 1);
            return;
        }
        const claim = add(draftClaim(request, body, anchor, sentence.heading, attributed, index + 1));
        // "The port will close. We have no choice. It is final," Tom Reyes said: a quotation's sentences before
        // the one that names its speaker are that speaker's words too, drafted once the speaker is known.
        if (attributed && openedBefore)
            for (const earlier of insideQuote)
                attributeQuoted(earlier, attributed, index + 1);
        insideQuote = !attributed && openAtEnd ? [...insideQuote, { claim, quote: quoted.at(-1).inner, number: index + 1 }] : [];
        // Each further statement, and each further quotation, is a claim of its own, anchored on its words;
        // a quotation inside another speaker's statement is that speaker's.
        if (!attributed || attributed.continued)
            return;
        for (const clause of attributed.clauses) {
            const clauseAnchor = anchorOn({ start: sentence.start + clause.start, end: sentence.start + clause.end });
            if (clauseAnchor)
                add(partClaim(request, clauseAnchor, clauseStatement(body.slice(clause.start, clause.end), clause), clause, index + 1));
        }
        for (const quote of quoted.slice(1)) {
            const clause = attributed.clauses.find((part) => part.start <= quote.start && quote.end <= part.end);
            if (clause?.attribution.quote === quote.inner)
                continue;
            const start = sentence.start + quote.start + body.slice(quote.start).indexOf(quote.inner);
            const quoteAnchor = anchorOn({ start, end: start + quote.inner.length });
            const speaker = clause ?? attributed;
            const part = { ...speaker, attribution: { ...speaker.attribution, quote: quote.inner } };
            const said = `${nameOf(speaker.speaker)} ${speaker.attribution.relation.replace(/-/gu, ' ')}: "${quote.inner}"`;
            if (quoteAnchor)
                add(partClaim(request, quoteAnchor, said, part, index + 1));
        }
    });
    return {
        sources: registry.recorded.map(sourceRecord),
        claims,
        sentences: sentences.length,
        headings: sentences.filter((sentence) => sentence.heading).length,
        unanchored,
    };
}
/** A sentence inside a quotation whose speaker a later sentence names: that speaker's words. */
function attributeQuoted({ claim, quote, number }, attributed, namedIn) {
    claim.type = 'attributed-statement';
    claim.attribution = [{ ...attributed.attribution, quote }];
    claim.confidence.rationale = `Extracted by claims extract from sentence ${number}: inside a quotation that sentence ${namedIn} attributes to ${nameOf(attributed.speaker)} (the cue "${attributed.cue.text}"). ${UNGRADED}`;
}
/** A sentence that is only a quotation, after one whose speaker is known: the same speaker going on. */
function continuedQuote(quoted, previous) {
    const [first] = quoted;
    if (!previous || !first)
        return undefined;
    const via = previous.via.map((relay) => ({ source: relay.source, inferred: true }));
    return {
        ...previous,
        attribution: {
            source: previous.speaker.id,
            relation: previous.attribution.relation,
            ...(via.length > 0 ? { via: via.map((relay) => ({ source: relay.source.id, certainty: 'inferred' })) } : {}),
            quote: first.inner,
        },
        via,
        clauses: [],
        continued: true,
    };
}
function isName(mention) {
    return (mention.kind === 'person' || mention.kind === 'organization' || mention.kind === 'outlet') && mention.guessed !== true;
}
function lineEnd(text, from) {
    const end = text.slice(from).search(/\r\n|\n|\r/u);
    return end < 0 ? text.length : from + end;
}
/** Every paragraph's mentions, in text order: compromise reads a paragraph at a time, which keeps its time linear in the text. */
function mentionsByParagraph(text) {
    const mentions = [];
    for (const line of text.matchAll(/[^\r\n]+/gu))
        mentions.push(...paragraphMentions(line[0], line.index).sort((a, b) => a.start - b.start));
    return mentions;
}
function draftClaim(request, body, anchor, heading, attributed, number) {
    const hedge = heading || attributed ? undefined : findHedge(body, request.hedges);
    const type = heading
        ? 'characterisation'
        : attributed
            ? 'attributed-statement'
            : hedge === undefined
                ? 'fact'
                : MODAL_HEDGES.has(hedge.toLowerCase())
                    ? 'speculation'
                    : 'analysis';
    return {
        apiVersion: 'claims/v1',
        kind: 'Claim',
        story: request.storyId,
        statement: writable(body.replace(/\s+/gu, ' '), LIMITS.statement),
        type,
        anchor,
        attribution: attributed ? [attributed.attribution] : [],
        confidence: {
            likelihood: 'roughly-even-chance',
            credibility: 6,
            rationale: rationale(number, heading, attributed, hedge),
        },
        status: 'unreviewed',
        tags: [DRAFT_TAG],
    };
}
/** A further statement or quotation of an attributed sentence, anchored on its own words. */
function partClaim(request, anchor, statement, part, number) {
    return {
        apiVersion: 'claims/v1',
        kind: 'Claim',
        story: request.storyId,
        statement: writable(statement.replace(/\s+/gu, ' '), LIMITS.statement),
        type: 'attributed-statement',
        anchor,
        attribution: [part.attribution],
        confidence: {
            likelihood: 'roughly-even-chance',
            credibility: 6,
            rationale: `${rationale(number, false, part, undefined)} One of several statements or quotations in the sentence, recorded as a claim of its own.`,
        },
        status: 'unreviewed',
        tags: [DRAFT_TAG],
    };
}
/**
 * A further statement in the speaker's name: "Lena Novak declined to comment on the rest"; a participle
 * becomes the relation's verb ("stating the talks …" → "Lena Novak stated the talks …").
 */
function clauseStatement(words, clause) {
    const speaker = nameOf(clause.speaker);
    if (!/ing$/iu.test(clause.cue.text))
        return `${speaker} ${words}`;
    return `${speaker} ${clause.attribution.relation.replace(/-/gu, ' ')} ${words.slice(clause.cue.text.length).trimStart()}`;
}
/** How a draft names a source: its name, or for an unnamed one its description. */
function nameOf(source) {
    return source.name ?? source.description;
}
/** What the draft rests on, in words a fact-checker can check against the sentence. */
function rationale(number, heading, attributed, hedge) {
    const where = `Extracted by claims extract from sentence ${number}`;
    if (heading)
        return `${where}, a heading: recorded as the story's own characterisation. ${UNGRADED}`;
    if (attributed?.continued)
        return `${where}: a quotation with no cue of its own, after a sentence attributed to ${nameOf(attributed.speaker)}; taken as the same speaker going on. ${UNGRADED}`;
    if (attributed) {
        const relays = attributed.via.map((relay) => `${relay.inferred ? 'inferred relay' : 'relay'} ${nameOf(relay.source)}`);
        return `${where}: the cue "${attributed.cue.text}" attributes it to ${nameOf(attributed.speaker)}${relays.length > 0 ? ` (${relays.join(', ')})` : ''}. ${UNGRADED}`;
    }
    if (hedge !== undefined)
        return `${where}: the story's own words, hedged ("${hedge}"), so typed as its guess or reading and held at even chance. ${UNGRADED}`;
    return `${where}: no speech cue, so recorded as the story's own assertion. ${UNGRADED}`;
}
function sourceRecord(source) {
    return {
        apiVersion: 'claims/v1',
        kind: 'Source',
        id: source.id,
        type: source.type,
        ...(source.name !== undefined ? { name: writable(source.name, LIMITS.name) } : {}),
        description: writable(source.description, LIMITS.description),
        ...(source.reason !== undefined
            ? { anonymity: { reason: source.reason === null ? null : writable(source.reason, LIMITS.reason), howKnown: 'unknown' } }
            : {}),
    };
}
