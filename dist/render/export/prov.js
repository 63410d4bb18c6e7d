import { buildProvModel } from './prov-model.js';
/** PROV-JSON (W3C Member Submission 2013): prefixes, then each section with its statements by id. */
export function buildProvJson(input) {
    return { document: provJson(buildProvModel(input)), skipped: [], notes: [] };
}
export function provJson(model) {
    const document = { prefix: { ...model.prefixes } };
    const section = (name) => (document[name] ??= {});
    for (const element of model.elements)
        section(element.section)[element.id] = jsonAttributes(element.attributes);
    for (const relation of model.relations)
        section(relation.section)[relation.id] = { ...Object.fromEntries(relation.args), ...jsonAttributes(relation.attributes) };
    return document;
}
function jsonValue(value) {
    switch (value.kind) {
        case 'string':
            return value.value;
        case 'int':
            return value.value;
        case 'qname':
            return { $: value.value, type: 'prov:QUALIFIED_NAME' };
        case 'typed':
            return { $: value.value, type: value.type };
    }
}
function jsonAttributes(attributes) {
    return Object.fromEntries(attributes.map(([key, values]) => [key, values.length === 1 ? jsonValue(values[0]) : values.map(jsonValue)]));
}
/** The PROV-JSONLD context (https://openprovenance.org/prov-jsonld/context.jsonld, 2024-08-25 submission). */
export const PROV_JSONLD_CONTEXT = 'https://openprovenance.org/prov-jsonld/context.jsonld';
const JSONLD_TYPES = { entity: 'Entity', agent: 'Agent', activity: 'Activity' };
const JSONLD_RELATIONS = {
    wasAttributedTo: 'Attribution',
    wasDerivedFrom: 'Derivation',
    wasGeneratedBy: 'Generation',
    used: 'Usage',
    wasAssociatedWith: 'Association',
    wasInformedBy: 'Communication',
};
/** PROV-JSON's reserved attributes, by their PROV-JSONLD names. */
const RESERVED = { 'prov:type': 'type', 'prov:label': 'label', 'prov:value': 'value', 'prov:role': 'role' };
/** PROV-JSONLD (W3C Member Submission 2024-08-25): one `@graph` of typed statements; attribute values as arrays. */
export function buildProvJsonLd(input) {
    const model = buildProvModel(input);
    const graph = [
        ...model.elements.map((element) => ({
            '@type': JSONLD_TYPES[element.section],
            '@id': element.id,
            ...jsonLdAttributes(element.attributes),
        })),
        ...model.relations.map((relation) => ({
            '@type': JSONLD_RELATIONS[relation.section],
            ...Object.fromEntries(relation.args.map(([key, id]) => [key.replace(/^prov:/, ''), id])),
            ...jsonLdAttributes(relation.attributes),
        })),
    ];
    const context = { xsd: 'http://www.w3.org/2001/XMLSchema#', prov: 'http://www.w3.org/ns/prov#', ...model.prefixes };
    return { document: { '@context': [context, PROV_JSONLD_CONTEXT], '@graph': graph }, skipped: [], notes: [] };
}
function jsonLdAttributes(attributes) {
    return Object.fromEntries(attributes.map(([key, values]) => {
        const name = RESERVED[key] ?? key;
        if (name === 'type' || name === 'role')
            return [name, values.map((value) => value.value)];
        if (name === 'label')
            return [name, values.map((value) => ({ '@value': String(value.value) }))];
        return [
            name,
            values.map((value) => value.kind === 'typed'
                ? { '@value': value.value, '@type': value.type }
                : value.kind === 'int'
                    ? { '@value': String(value.value), '@type': 'xsd:int' }
                    : { '@value': value.value, '@type': 'xsd:string' }),
        ];
    }));
}
