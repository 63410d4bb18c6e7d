import { CREDIBILITY } from '../../model/scales.js';
import { codePointOffset, iriOf, resolvedAnchor, slug } from './common.js';
/** The vocabulary of `claims` terms PROV has no word for (a proposal: nothing is published there). */
export const CV = 'https://claims.dev/vocab/v1#';
export const SCHEMA = 'http://schema.org/';
const str = (value) => ({ kind: 'string', value });
const qname = (value) => ({ kind: 'qname', value });
const date = (value) => ({ kind: 'typed', value, type: 'xsd:date' });
const uri = (value) => ({ kind: 'typed', value, type: 'xsd:anyURI' });
/** Attribute list without the undefined and empty ones. */
function attrs(...pairs) {
    const out = [];
    for (const [key, value] of pairs) {
        if (value === undefined)
            continue;
        const values = Array.isArray(value) ? value : [value];
        if (values.length > 0)
            out.push([key, values]);
    }
    return out;
}
const RELATION_PREFIX = {
    wasAttributedTo: 'att',
    wasDerivedFrom: 'der',
    wasGeneratedBy: 'gen',
    used: 'use',
    wasAssociatedWith: 'assoc',
    wasInformedBy: 'inf',
};
const EVIDENCE_TYPES = {
    document: 'cv:Document',
    recording: 'cv:Recording',
    publication: 'cv:Publication',
    interview: 'cv:Interview',
    dataset: 'cv:Dataset',
    observation: 'cv:Observation',
};
/**
 * The provenance of the claims as a PROV model (see docs/export.md): stories, claims, utterances and
 * relays, evidence and reviews are entities; people and bodies are agents (documents and recordings that
 * are sources are entities); reviews are activities. Needs export.base.
 */
export function buildProvModel(input) {
    const base = input.settings.base;
    const elements = new Map();
    const relations = [];
    const counters = new Map();
    const element = (section, id, attributes) => {
        if (!elements.has(id))
            elements.set(id, { section, id, attributes });
        return id;
    };
    const relation = (section, args, attributes = []) => {
        const n = counters.get(section) ?? 0;
        counters.set(section, n + 1);
        relations.push({ section, id: `_:${RELATION_PREFIX[section]}${n}`, args, attributes });
    };
    const q = (kind, ...parts) => `claims:${iriOf('', kind, ...parts)}`;
    /** A source: an agent, or an entity when it is a document or recording; returns its id and whether it is an agent. */
    const sourceNode = (id) => {
        const source = input.sources.get(id);
        const node = q('source', id);
        const work = source?.type === 'document' || source?.type === 'recording';
        const provType = source?.type === 'person' ? 'prov:Person' : source?.type && !work && source.type !== 'unknown' ? 'prov:Organization' : undefined;
        element(work ? 'entity' : 'agent', node, attrs(['prov:type', provType ? qname(provType) : undefined], ['prov:label', source?.name ? str(source.name) : undefined], ['cv:sourceType', source?.type ? str(source.type) : undefined], ['cv:description', source?.description ? str(source.description) : undefined], ['cv:groundRule', source?.groundRule ? str(source.groundRule) : undefined], ['cv:reliability', source?.reliability ? str(source.reliability) : undefined], ['cv:anonymous', source && source.name === undefined ? str('true') : undefined], ['schema:sameAs', (source?.sameAs ?? []).map(uri)]));
        return { id: node, agent: !work };
    };
    /** `entity` came from the source: attributed to an agent, derived from a work. */
    const cameFrom = (entity, sourceId, attributes = []) => {
        const source = sourceNode(sourceId);
        if (source.agent)
            relation('wasAttributedTo', [
                ['prov:entity', entity],
                ['prov:agent', source.id],
            ], attributes);
        else
            relation('wasDerivedFrom', [
                ['prov:generatedEntity', entity],
                ['prov:usedEntity', source.id],
            ], attributes);
    };
    for (const storyId of [...new Set(input.claims.map((view) => view.storyId))]) {
        const story = input.stories.get(storyId);
        const node = element('entity', q('story', storyId), attrs(['prov:type', qname('schema:NewsArticle')], ['prov:label', story?.title ? str(story.title) : undefined], ['schema:url', story?.url ? uri(story.url) : undefined], ['schema:datePublished', story?.published ? date(story.published) : undefined], ['cv:retrieved', story?.retrieved ? date(story.retrieved) : undefined], ['cv:sha256', story?.sha256 ? str(story.sha256) : undefined]));
        if (story?.publisher) {
            const publisher = element('agent', q('publisher', slug(story.publisher)), attrs(['prov:type', qname('prov:Organization')], ['prov:label', str(story.publisher)]));
            relation('wasAttributedTo', [
                ['prov:entity', node],
                ['prov:agent', publisher],
            ]);
        }
    }
    for (const view of input.claims)
        claimProvenance(view);
    return { prefixes: { claims: base, cv: CV, schema: SCHEMA }, elements: [...elements.values()], relations };
    function claimProvenance(view) {
        const { claim } = view;
        const claimNode = q('claim', view.id);
        const reviewed = claim.review !== undefined;
        element('entity', claimNode, attrs(['prov:type', qname('cv:Claim')], ['prov:label', claim.summary ? str(claim.summary) : undefined], ['prov:value', str(claim.statement)], ['cv:claimType', str(claim.type)], ['cv:quote', view.attributions.flatMap((attribution) => (attribution.quote ? [str(attribution.quote)] : []))], ['cv:tag', (claim.tags ?? []).map(str)], ['cv:contradicts', view.contradicts.map((id) => uri(iriOf(base, 'claim', id)))], 
        // Without a review, the desk's grading sits on the claim itself.
        ['cv:status', reviewed ? undefined : str(claim.status)], ['cv:likelihood', reviewed ? undefined : str(claim.confidence.likelihood)], ['cv:credibility', reviewed ? undefined : { kind: 'int', value: claim.confidence.credibility }], ['cv:rationale', reviewed ? undefined : str(claim.confidence.rationale)]));
        view.attributions.forEach((attribution, index) => {
            const quotation = attribution.quote !== undefined ? attrs(['prov:type', qname('prov:Quotation')]) : [];
            const who = attribution.source.name ?? attribution.source.description ?? attribution.source.id;
            let previous = element('entity', q('utterance', view.id, String(index)), attrs(['prov:label', str(`${who}: ${attribution.relation}`)], ['cv:relation', str(attribution.relation)], ['cv:date', attribution.date ? date(attribution.date) : undefined], ['cv:translated', attribution.translated ? str('true') : undefined]));
            cameFrom(previous, attribution.source.id);
            for (const relay of attribution.via) {
                const node = element('entity', q('relay', view.id, String(index), relay.id), attrs(['prov:label', str(`${relay.name ?? relay.description ?? relay.id}'s relay`)], ['cv:certainty', str(relay.inferred ? 'inferred' : 'stated')]));
                cameFrom(node, relay.id);
                relation('wasDerivedFrom', [
                    ['prov:generatedEntity', node],
                    ['prov:usedEntity', previous],
                ], quotation);
                previous = node;
            }
            relation('wasDerivedFrom', [
                ['prov:generatedEntity', claimNode],
                ['prov:usedEntity', previous],
            ], quotation);
        });
        const text = input.texts.get(view.storyId);
        const anchor = resolvedAnchor(view, text);
        relation('wasDerivedFrom', [
            ['prov:generatedEntity', claimNode],
            ['prov:usedEntity', q('story', view.storyId)],
        ], attrs(['cv:anchorExact', str(claim.anchor.exact)], ['cv:anchorPrefix', claim.anchor.prefix ? str(claim.anchor.prefix) : undefined], ['cv:anchorSuffix', claim.anchor.suffix ? str(claim.anchor.suffix) : undefined], ['cv:anchorStart', anchor && text ? { kind: 'int', value: codePointOffset(text, anchor.start) } : undefined], ['cv:anchorEnd', anchor && text ? { kind: 'int', value: codePointOffset(text, anchor.end) } : undefined]));
        for (const other of view.derivedFrom)
            relation('wasDerivedFrom', [
                ['prov:generatedEntity', claimNode],
                ['prov:usedEntity', q('claim', other)],
            ]);
        const evidenceNodes = view.evidence.map((evidence, index) => {
            const node = evidence.id !== undefined ? q('evidence', evidence.id) : q('evidence', view.id, String(index));
            const fresh = !elementsHas(node);
            element('entity', node, attrs(['prov:type', qname(EVIDENCE_TYPES[evidence.type] ?? 'cv:Evidence')], ['prov:label', str(evidence.title)], ['schema:url', evidence.url ? uri(evidence.url) : undefined], ['cv:retrieved', evidence.retrieved ? date(evidence.retrieved) : undefined], ['cv:custody', str(evidence.custody)]));
            if (fresh && evidence.origin)
                cameFrom(node, evidence.origin.id);
            return { node, relation: evidence.relation };
        });
        if (!claim.review)
            return;
        const history = claim.review.history ?? [];
        const reviews = [...history.map((entry) => ({ ...entry, current: false })), { ...claim.review, status: claim.status, current: true }];
        reviews.forEach((review, n) => {
            const activity = element('activity', q('review', view.id, String(n)), attrs(['prov:type', qname('cv:Review')], ['cv:date', date(review.date)]));
            const assessment = element('entity', q('assessment', view.id, String(n)), attrs(['prov:type', qname('cv:Assessment')], ['cv:status', str(review.status)], ['cv:likelihood', review.current ? str(claim.confidence.likelihood) : undefined], ['cv:credibility', review.current ? { kind: 'int', value: claim.confidence.credibility } : undefined], ['cv:credibilityLabel', review.current ? str(CREDIBILITY[claim.confidence.credibility] ?? '') : undefined], ['cv:rationale', review.current ? str(claim.confidence.rationale) : undefined], ['prov:value', review.note ? str(review.note) : undefined]));
            const reviewer = element('agent', q('reviewer', slug(review.by)), attrs(['prov:type', qname('prov:Person')], ['prov:label', str(review.by)]));
            relation('wasGeneratedBy', [
                ['prov:entity', assessment],
                ['prov:activity', activity],
            ]);
            relation('wasAssociatedWith', [
                ['prov:activity', activity],
                ['prov:agent', reviewer],
            ]);
            relation('used', [
                ['prov:activity', activity],
                ['prov:entity', claimNode],
            ], attrs(['prov:role', qname('cv:subject')]));
            if (review.current)
                for (const evidence of evidenceNodes)
                    relation('used', [
                        ['prov:activity', activity],
                        ['prov:entity', evidence.node],
                    ], attrs(['prov:role', qname(`cv:${evidence.relation}`)]));
            if (n > 0) {
                relation('wasInformedBy', [
                    ['prov:informed', activity],
                    ['prov:informant', q('review', view.id, String(n - 1))],
                ]);
                relation('wasDerivedFrom', [
                    ['prov:generatedEntity', assessment],
                    ['prov:usedEntity', q('assessment', view.id, String(n - 1))],
                ], attrs(['prov:type', qname('prov:Revision')]));
            }
        });
    }
    function elementsHas(id) {
        return elements.has(id);
    }
}
