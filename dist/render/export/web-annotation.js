import { CREDIBILITY } from '../../model/scales.js';
import { contextAround, codePointOffset, iriOf, niUri, resolvedAnchor } from './common.js';
/** The Web Annotation context; `assessing` is in the live file (w3c/web-annotation#444), not the 2016 one. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Code points of context on either side of a quote, as Hypothesis records them. */
const CONTEXT_POINTS = 32;
/**
 * W3C Web Annotation: one AnnotationCollection whose first (and only) AnnotationPage holds one
 * self-contained Annotation per claim (each with its own `@context`, so a client can take one alone),
 * anchoring the claim in its story with a TextQuoteSelector and, when the anchor resolved to one place,
 * a TextPositionSelector in code points. Needs export.base.
 */
export function buildWebAnnotations(input) {
    const base = input.settings.base;
    const collection = input.story ? iriOf(base, 'annotations', input.story) : `${base}annotations`;
    const items = input.claims.map((view) => annotation(input, view));
    const stories = [...new Set(input.claims.map((view) => view.storyId))];
    const titles = stories.map((id) => input.stories.get(id)?.title ?? id);
    return {
        document: {
            '@context': ANNO_CONTEXT,
            id: collection,
            type: 'AnnotationCollection',
            label: `Claims of ${titles.length === 0 ? 'no story' : titles.join('; ')}`,
            total: items.length,
            first: { id: `${collection}/page/1`, type: 'AnnotationPage', startIndex: 0, items },
        },
        skipped: [],
        notes: [],
    };
}
function annotation(input, view) {
    const base = input.settings.base;
    const { claim } = view;
    const bodies = [
        { type: 'TextualBody', purpose: 'describing', value: claim.statement, format: 'text/plain' },
        { type: 'TextualBody', purpose: 'assessing', value: assessment(view), format: 'text/plain' },
        ...(claim.tags ?? []).map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
        ...view.evidence
            .filter((evidence) => evidence.url !== undefined)
            .map((evidence) => ({ type: 'SpecificResource', purpose: 'linking', source: evidence.url })),
    ];
    return {
        '@context': ANNO_CONTEXT,
        id: iriOf(base, 'annotation', view.id),
        type: 'Annotation',
        motivation: 'describing',
        ...(claim.review ? { creator: { type: 'Person', name: claim.review.by } } : {}),
        body: bodies,
        target: target(input, view),
    };
}
function assessment(view) {
    const { claim } = view;
    const credibility = claim.confidence.credibility;
    const note = claim.review?.note ?? claim.confidence.rationale;
    return `${claim.status}: ${view.likelihood.label} (ICD 203), credibility ${credibility} (Admiralty: ${CREDIBILITY[credibility] ?? ''}). ${note}`;
}
function target(input, view) {
    const story = input.stories.get(view.storyId);
    const cached = story?.sha256 ? niUri(story.sha256) : undefined;
    const source = story?.url ?? cached ?? iriOf(input.settings.base, 'story', view.storyId);
    const text = input.texts.get(view.storyId);
    const anchor = resolvedAnchor(view, text);
    const quote = anchor && text !== undefined
        ? {
            type: 'TextQuoteSelector',
            exact: text.slice(anchor.start, anchor.end),
            ...nonEmpty('prefix', contextAround(text, anchor.start, CONTEXT_POINTS, 'before')),
            ...nonEmpty('suffix', contextAround(text, anchor.end, CONTEXT_POINTS, 'after')),
        }
        : {
            type: 'TextQuoteSelector',
            exact: view.claim.anchor.exact,
            ...nonEmpty('prefix', view.claim.anchor.prefix ?? ''),
            ...nonEmpty('suffix', view.claim.anchor.suffix ?? ''),
        };
    const selectors = [quote];
    if (anchor && text !== undefined)
        selectors.push({ type: 'TextPositionSelector', start: codePointOffset(text, anchor.start), end: codePointOffset(text, anchor.end) });
    const state = story?.retrieved
        ? {
            type: 'TimeState',
            sourceDateStart: `${story.retrieved}T00:00:00Z`,
            sourceDateEnd: `${story.retrieved}T23:59:59Z`,
            ...(cached ? { cached } : {}),
        }
        : undefined;
    return { type: 'SpecificResource', source, selector: selectors, ...(state ? { state } : {}) };
}
function nonEmpty(key, value) {
    return value === '' ? {} : { [key]: value };
}
