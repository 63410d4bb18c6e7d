import { suggestId } from '../suggest-id.js';
import { headNoun } from './mentions.js';
const PERSON_ROLES = /^(?:spokesperson|spokesman|spokeswoman|mayor|minister|president|governor|senator|director|official|envoy|aide|adviser|chief|chairman|chairwoman|executive|prosecutor|auditor|lawyer|attorney|researchers?|scientists?)$/u;
const OUTLET_ROLES = /^(?:newspaper|broadcaster|outlet|news\s+agency)$/u;
/**
 * The distinct sources of one story, in the order the story first names them, and the most recent one
 * of each kind, so that "he", "the company" or a bare surname refers back to the right one.
 */
export class SourceRegistry {
    #byKey = new Map();
    #recent = [];
    #aliases = new Map();
    #taken;
    #known;
    #created = [];
    constructor(known, takenIds) {
        this.#known = known;
        this.#taken = new Set(takenIds);
    }
    /** The new sources that get a record, in the order the story first names them. */
    get recorded() {
        return this.#created.filter((source) => source.recorded);
    }
    /**
     * The source a name or description stands for, created on first sight; undefined for a mention that only
     * refers back and finds nothing. `recorded: false` notes a mention (a document, say) only so that a later
     * "it" can refer to it: it gets a record only once a claim rests on it.
     */
    resolve(mention, options = {}) {
        const source = this.#resolve(mention, options.reason, options.role);
        if (source && options.recorded !== false)
            source.recorded = true;
        return source;
    }
    #resolve(mention, reason, role) {
        if (mention.kind === 'pronoun')
            return this.#referredTo(mention);
        if (mention.kind === 'reference') {
            const referred = this.#referredTo(mention);
            if (referred || PERSON_ROLES.test(mention.role ?? ''))
                return referred;
            // "The company", with no more words: the organisation the story has been speaking of.
            if (/^the\s+\S+$/iu.test(mention.text))
                return this.#latest((source) => source.type === (OUTLET_ROLES.test(mention.role ?? '') ? 'outlet' : 'organization'));
            // "The regional environment office", never named otherwise: the description is the name it goes by.
            const name = mention.text.replace(/^the\s+/iu, '');
            mention = {
                ...mention,
                kind: OUTLET_ROLES.test(mention.role ?? '') ? 'outlet' : 'organization',
                text: capitalised(name),
            };
        }
        const key = this.#key(mention);
        let source = this.#byKey.get(key);
        if (!source && mention.kind !== 'anonymous' && mention.kind !== 'document')
            source = this.#bySurname(mention.text);
        if (!source && (mention.kind === 'organization' || mention.kind === 'outlet'))
            source = this.#byFirstWords(mention.text);
        // "the official" after "a senior official": the one the story has just described.
        if (!source && mention.kind === 'anonymous' && /^the\s/iu.test(mention.text))
            source = this.#sameDescription(mention.text);
        if (!source)
            source = this.#create(role === undefined || mention.role !== undefined ? mention : { ...mention, role }, reason);
        this.#byKey.set(key, source);
        if (source.reason === null && reason)
            source.reason = reason;
        this.#touch(source);
        return source;
    }
    /** "A spokesperson for the association": later, "the spokesperson" refers to the association. */
    alias(source, role) {
        this.#aliases.set(role.toLowerCase(), source);
    }
    #touch(source) {
        const at = this.#recent.indexOf(source);
        if (at >= 0)
            this.#recent.splice(at, 1);
        this.#recent.push(source);
    }
    #key(mention) {
        const text = mention.text
            .toLowerCase()
            .replace(/^(?:the|a|an|one)\s+/u, '')
            .replace(/\s+/gu, ' ');
        return `${mention.kind}\u0000${text}`;
    }
    #bySurname(name) {
        const words = name.split(/\s+/u);
        if (words.length !== 1)
            return undefined;
        return this.#latest((source) => source.type === 'person' && source.name?.split(/\s+/u).at(-1) === words[0]);
    }
    /** "Bloomberg" after "Bloomberg News": an organisation named by the first words of one already named, or the reverse. */
    #byFirstWords(name) {
        const startsWith = (long, short) => long === short || long.startsWith(`${short} `);
        return this.#latest((source) => (source.type === 'organization' || source.type === 'outlet') &&
            source.name !== undefined &&
            (startsWith(source.name, name) || startsWith(name, source.name)));
    }
    /** The latest anonymous source whose description ends in the same noun ("official", "people …"). */
    #sameDescription(text) {
        const head = headNoun(text);
        return this.#latest((source) => source.reason !== undefined && head !== undefined && source.description.toLowerCase().includes(head));
    }
    /** The most recently mentioned source that passes `test`. */
    #latest(test) {
        for (let at = this.#recent.length - 1; at >= 0; at--)
            if (test(this.#recent[at]))
                return this.#recent[at];
        return undefined;
    }
    #referredTo(mention) {
        const word = mention.kind === 'pronoun' ? mention.text.toLowerCase() : (mention.role ?? '');
        const latest = (test) => this.#latest(test);
        if (word === 'he' || word === 'she')
            return latest((source) => source.type === 'person' && !source.plural);
        if (word === 'they')
            return latest((source) => source.plural || source.type === 'organization' || source.type === 'collective');
        if (word === 'it')
            return latest((source) => source.type === 'organization' || source.type === 'outlet' || source.type === 'document');
        const aliased = this.#aliases.get(word);
        if (aliased)
            return aliased;
        const named = latest((source) => `${source.name ?? ''} ${source.description}`.toLowerCase().includes(word));
        if (named)
            return named;
        return PERSON_ROLES.test(word) ? latest((source) => source.type === 'person') : undefined;
    }
    #create(mention, reason) {
        const named = mention.kind === 'person' || mention.kind === 'organization' || mention.kind === 'outlet';
        // A document goes by what the story calls it ("the draft internal audit"): that is its name, not an anonymity.
        if (mention.kind === 'document') {
            const name = mention.text.replace(/^(?:the|a|an|its|their|his|her)\s+/iu, '');
            mention = { ...mention, text: capitalised(name) };
        }
        const known = named ? this.#known.find((source) => source.name?.toLowerCase() === mention.text.toLowerCase()) : undefined;
        const type = mention.kind === 'anonymous'
            ? (mention.sourceType ?? (mention.plural ? 'collective' : 'person'))
            : mention.kind === 'document'
                ? 'document'
                : mention.kind === 'person'
                    ? 'person'
                    : mention.kind === 'outlet'
                        ? 'outlet'
                        : 'organization';
        const description = named ? describe(mention) : mention.text.replace(/^(?:the|a|an)\s+/iu, '');
        const id = known?.id ?? suggestId(named || mention.kind === 'document' ? mention.text : description, 'source', this.#taken);
        this.#taken.add(id);
        const source = {
            id,
            type: known?.type ?? type,
            ...(named || mention.kind === 'document' ? { name: known?.name ?? mention.text } : {}),
            description: known?.description ?? description,
            ...(mention.kind === 'anonymous' ? { reason: reason ?? null } : {}),
            existing: known !== undefined,
            recorded: false,
            plural: mention.plural === true,
        };
        if (!source.existing)
            this.#created.push(source);
        return source;
    }
}
/** A named source's description: its name with the title or role the story gives it ("Mayor Tom Reyes", "Daniel Hoffman, a former CIA Moscow station chief"). */
function describe(mention) {
    if (mention.role === undefined)
        return mention.text;
    return /^(?:a|an|the)\s/iu.test(mention.role) ? `${mention.text}, ${mention.role}` : `${mention.role} ${mention.text}`;
}
/** A description used as a name starts with a capital: "the regional environment office" → "Regional environment office". */
function capitalised(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
