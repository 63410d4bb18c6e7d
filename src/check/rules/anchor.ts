import { codePointOffset } from '../../anchor/offsets.js';
import type { LoadedRecord } from '../../model/records.js';
import { defineRule, type VerifyRuleContext } from '../rule.js';

/** Claims with their story text and anchor resolution, for the three anchor rules. */
function* resolved(context: VerifyRuleContext) {
  for (const claim of context.workspace.valid('Claim')) {
    const resolution = context.verify.anchors.get(claim);
    const text = context.verify.storyText(claim.value.story);
    if (resolution && text?.ok) yield { claim, resolution, text };
  }
}

const exactPlace = (claim: LoadedRecord<'Claim'>) => ({
  file: claim.file,
  docIndex: claim.docIndex,
  pointer: '/anchor/exact',
  part: 'value' as const,
});

export const anchorNotFound = defineRule({
  id: 'anchor/not-found',
  severity: 'error',
  summary: "The claim's anchor text is not in the story, not even approximately.",
  stage: 'verify',
  check(context) {
    for (const { claim, resolution, text } of resolved(context)) {
      if (resolution.status !== 'not-found') continue;
      context.report({ record: claim, message: `anchor text not found in ${text.file}, not even approximately`, place: exactPlace(claim) });
    }
  },
});

export const anchorAmbiguous = defineRule({
  id: 'anchor/ambiguous',
  severity: 'error',
  summary: 'The anchor text occurs several times in the story and prefix/suffix do not decide which.',
  stage: 'verify',
  check(context) {
    for (const { claim, resolution, text } of resolved(context)) {
      if (resolution.status !== 'ambiguous') continue;
      const places = resolution.starts.map((start) => {
        const position = text.index.positionAt(start);
        return `${position.line}:${position.column}`;
      });
      context.report({
        record: claim,
        message: `anchor text occurs ${resolution.starts.length} times in ${text.file} (at ${places.join(', ')}); add a prefix or suffix that tells them apart`,
        place: exactPlace(claim),
      });
    }
  },
});

export const anchorMoved = defineRule({
  id: 'anchor/moved',
  severity: 'warning',
  summary: 'The anchor matches only approximately or after normalising quotes and whitespace: the story or the record changed.',
  stage: 'verify',
  check(context) {
    for (const { claim, resolution, text } of resolved(context)) {
      if (resolution.status !== 'moved' && resolution.status !== 'normalised') continue;
      const position = text.index.positionAt(resolution.start);
      const where = `${text.file}:${position.line}:${position.column} (characters ${codePointOffset(text.text, resolution.start)}–${codePointOffset(text.text, resolution.end)})`;
      const found = JSON.stringify(text.text.slice(resolution.start, resolution.end));
      const message =
        resolution.status === 'normalised'
          ? `anchor text matches only after normalising quotes, dashes and whitespace, at ${where}; the story has ${found}`
          : `anchor text not found exactly; closest match at ${where}, similarity ${resolution.similarity.toFixed(2)}: ${found}. Check the claim still holds, then update anchor.exact`;
      context.report({ record: claim, message, place: exactPlace(claim) });
    }
  },
});
