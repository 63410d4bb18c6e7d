import { codePointOffset } from '../anchor/offsets.js';
import { defineRule } from '../rule.js';
/** Claims with their story text and anchor resolution, for the three anchor rules. */
function* resolved(context) {
    for (const claim of context.workspace.valid('Claim')) {
        const resolution = context.verify.anchors.get(claim);
        const text = context.verify.storyText(claim.value.story);
        if (resolution && text?.ok)
            yield { claim, resolution, text };
    }
}
const EXACT = ['anchor', 'exact'];
const READS = { records: { Claim: ['story', 'anchor'] }, files: ['story-text'] };
export const anchorNotFound = defineRule({
    id: 'anchor/not-found',
    severity: 'error',
    summary: "The claim's anchor text is not in the story, not even approximately.",
    stage: 'verify',
    reads: READS,
    messages: { notFound: 'anchor text not found in {{file}}, not even approximately' },
    check(context) {
        for (const { claim, resolution, text } of resolved(context)) {
            if (resolution.status === 'not-found')
                context.report(claim, EXACT, 'notFound', { file: text.file });
        }
    },
});
export const anchorAmbiguous = defineRule({
    id: 'anchor/ambiguous',
    severity: 'error',
    summary: 'The anchor text occurs several times in the story and prefix/suffix do not decide which.',
    stage: 'verify',
    reads: READS,
    messages: {
        ambiguous: 'anchor text occurs {{count}} times in {{file}} (at {{places}}); add a prefix or suffix that tells them apart',
    },
    check(context) {
        for (const { claim, resolution, text } of resolved(context)) {
            if (resolution.status !== 'ambiguous')
                continue;
            const places = resolution.starts.map((start) => {
                const position = text.index.positionAt(start);
                return `${position.line}:${position.column}`;
            });
            context.report(claim, EXACT, 'ambiguous', { count: resolution.starts.length, file: text.file, places: places.join(', ') });
        }
    },
});
export const anchorMoved = defineRule({
    id: 'anchor/moved',
    severity: 'warning',
    summary: 'The anchor matches only approximately or after normalising quotes and whitespace: the story or the record changed.',
    stage: 'verify',
    reads: READS,
    messages: {
        normalised: 'anchor text matches only after normalising quotes, dashes and whitespace, at {{where}}; the story has {{found}}',
        moved: 'anchor text not found exactly; closest match at {{where}}, similarity {{similarity}}: {{found}}. Check the claim still holds, then update anchor.exact',
    },
    check(context) {
        for (const { claim, resolution, text } of resolved(context)) {
            if (resolution.status !== 'moved' && resolution.status !== 'normalised')
                continue;
            const position = text.index.positionAt(resolution.start);
            const where = `${text.file}:${position.line}:${position.column} (characters ${codePointOffset(text.text, resolution.start)}–${codePointOffset(text.text, resolution.end)})`;
            const found = JSON.stringify(text.text.slice(resolution.start, resolution.end));
            if (resolution.status === 'normalised')
                context.report(claim, EXACT, 'normalised', { where, found });
            else
                context.report(claim, EXACT, 'moved', { where, found, similarity: resolution.similarity.toFixed(2) });
        }
    },
});
