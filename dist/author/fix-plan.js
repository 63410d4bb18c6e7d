import { codePointLength, findApproximate } from '../check/anchor/approximate.js';
import { describeCharacter, forbiddenCharacters } from '../load/decode.js';
import { resolvesExactly, uniqueAnchor } from './unique-anchor.js';
/**
 * The mechanical repairs after a story text changed, as `eslint --fix` makes them: a Story's sha256
 * brought up to the text it names; an anchor found only approximately, at one best place, rewritten to
 * the text found there (with context enough to be unique); a quote inside that anchor that changed with
 * it, rewritten to what the story now prints. Nothing else: a verdict, a confidence, a review or an
 * evidence hash is the desk's to change.
 */
export function planFixes(workspace, verify, minSimilarity) {
    const plan = { fixes: [], left: [] };
    for (const story of workspace.valid('Story')) {
        const text = verify.storyText(story.value.id);
        const recorded = story.value.sha256;
        if (!text?.ok || recorded === undefined || recorded === text.sha256)
            continue;
        plan.fixes.push({
            record: story,
            field: 'sha256',
            edit: { docIndex: story.docIndex, path: ['sha256'], expected: recorded, value: text.sha256 },
            why: `updated to the sha256 of ${text.file} as it is now`,
        });
    }
    for (const claim of workspace.valid('Claim'))
        planAnchor(plan, claim, verify, minSimilarity);
    return plan;
}
function planAnchor(plan, claim, verify, minSimilarity) {
    const resolution = verify.anchors.get(claim);
    const text = verify.storyText(claim.value.story);
    if (!resolution || !text?.ok)
        return;
    if (resolution.status === 'not-found' || resolution.status === 'ambiguous') {
        const why = resolution.status === 'not-found'
            ? 'not found in the story, even approximately'
            : 'found in several places that its context does not tell apart';
        plan.left.push({ record: claim, field: 'anchor.exact', why });
        return;
    }
    if (resolution.status !== 'moved')
        return;
    if (resolution.tied) {
        plan.left.push({ record: claim, field: 'anchor.exact', why: 'found approximately in several places that fit equally well' });
        return;
    }
    const anchor = claim.value.anchor;
    const selector = selectorFor(text.text, resolution, anchor, minSimilarity);
    if (!selector) {
        plan.left.push({ record: claim, field: 'anchor.exact', why: 'no selector with the found text picks that place alone' });
        return;
    }
    const refused = forbiddenCharacters(selector.exact + (selector.prefix ?? '') + (selector.suffix ?? ''))[0];
    if (refused) {
        plan.left.push({
            record: claim,
            field: 'anchor.exact',
            why: `the text found holds a ${describeCharacter(refused.char)}, which no record may`,
        });
        return;
    }
    const found = `the text found at ${text.file}:${positionOf(text, resolution.start)} (similarity ${resolution.similarity})`;
    for (const key of ['exact', 'prefix', 'suffix']) {
        const value = selector[key];
        if (value === undefined || value === anchor[key])
            continue;
        plan.fixes.push({
            record: claim,
            field: `anchor.${key}`,
            edit: { docIndex: claim.docIndex, path: ['anchor', key], expected: anchor[key], value },
            why: key === 'exact' ? `rewritten to ${found}; check the statement still says what the story does` : `rewritten to the text around it`,
        });
    }
    planQuotes(plan, claim, text.text, anchor.exact, selector.exact, minSimilarity);
}
/**
 * The found span with the context the text needs to pick it alone; a prefix or suffix the record has
 * but no longer needs is kept, set to the text now around the span, so no key is removed. Undefined
 * when no context makes the place unique.
 */
function selectorFor(text, span, anchor, minSimilarity) {
    const needed = uniqueAnchor(text, span, minSimilarity);
    if (!needed)
        return undefined;
    const selector = {
        exact: needed.exact,
        prefix: needed.prefix ??
            (anchor.prefix === undefined ? undefined : text.slice(Math.max(0, span.start - anchor.prefix.length), span.start) || undefined),
        suffix: needed.suffix ?? (anchor.suffix === undefined ? undefined : text.slice(span.end, span.end + anchor.suffix.length) || undefined),
    };
    return resolvesExactly(text, selector, span, minSimilarity) ? selector : undefined;
}
/** A quote that was inside the old anchor text and is no longer in the story: the closest span of the new anchor text, when one is best. */
function planQuotes(plan, claim, text, oldExact, newExact, minSimilarity) {
    for (const [index, attribution] of claim.value.attribution.entries()) {
        const quote = attribution.quote;
        if (quote === undefined || text.includes(quote) || !oldExact.includes(quote))
            continue;
        const field = `attribution[${index}].quote`;
        const maxDistance = Math.floor(codePointLength(quote) * (1 - minSimilarity));
        const matches = findApproximate(newExact, quote, maxDistance);
        const best = Math.min(...matches.map((match) => match.distance));
        const places = matches.filter((match) => match.distance === best);
        const first = places[0];
        const distinct = new Set(places.map((match) => newExact.slice(match.start, match.end)));
        if (!first || distinct.size !== 1 || forbiddenCharacters(newExact.slice(first.start, first.end)).length > 0) {
            plan.left.push({ record: claim, field, why: 'moved with its anchor, but no one span of the new anchor text matches it' });
            continue;
        }
        plan.fixes.push({
            record: claim,
            field,
            edit: {
                docIndex: claim.docIndex,
                path: ['attribution', index, 'quote'],
                expected: quote,
                value: newExact.slice(first.start, first.end),
            },
            why: 'rewritten to what the story now prints inside the moved anchor',
        });
    }
}
function positionOf(text, offset) {
    const { line, column } = text.index.positionAt(offset);
    return `${line}:${column}`;
}
