import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveSelector } from '../../src/check/anchor/resolve.js';
import { splitSentences } from '../../src/check/anchor/sentences.js';
import { findInStory, MAX_CONTEXT, uniqueAnchor } from '../../src/author/unique-anchor.js';

const MIN = 0.75;

/** What `claims verify` makes of the selector: the status and the span it lands on. */
function resolved(text: string, selector: Parameters<typeof resolveSelector>[1]) {
  return resolveSelector(text, selector, MIN);
}

describe('uniqueAnchor', () => {
  const story = 'The council approved the wall. The mayor said yes. The council approved the wall.\nCritics objected.';

  it('is the exact text alone when it occurs once', () => {
    const start = story.indexOf('The mayor said yes.');
    expect(uniqueAnchor(story, { start, end: start + 19 }, MIN)).toEqual({ exact: 'The mayor said yes.' });
  });

  it('adds the shortest word-aligned context that picks each of two occurrences, as verify resolves it', () => {
    const first = story.indexOf('The council approved the wall.');
    const second = story.lastIndexOf('The council approved the wall.');
    const length = 'The council approved the wall.'.length;
    const one = uniqueAnchor(story, { start: first, end: first + length }, MIN);
    const two = uniqueAnchor(story, { start: second, end: second + length }, MIN);
    expect(one).toEqual({ exact: 'The council approved the wall.', suffix: ' The' });
    expect(two).toEqual({ exact: 'The council approved the wall.', prefix: 'yes. ' });
    expect(resolved(story, one!)).toEqual({ status: 'exact', start: first, end: first + length });
    expect(resolved(story, two!)).toEqual({ status: 'exact', start: second, end: second + length });
  });

  it('gives up when the text around the span repeats for longer than the context allows', () => {
    const block = `${'word '.repeat(MAX_CONTEXT / 5 + 10)}`;
    const text = `${block}X ${block}X ${block}`;
    const start = text.indexOf('X');
    expect(uniqueAnchor(text, { start, end: start + 1 }, MIN)).toBeUndefined();
  });

  it('anchors every sentence of a story full of repeats so that verify lands on it exactly (property)', () => {
    const word = fc.constantFrom('the', 'council', 'said', 'no', '“yes”', 'wall', 'it', 'was', '—');
    const sentence = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => `${words.join(' ')}.`);
    const text = fc
      .array(sentence, { minLength: 1, maxLength: 12 })
      .chain((sentences) =>
        fc
          .array(fc.constantFrom(' ', '\n', '  '), { minLength: sentences.length, maxLength: sentences.length })
          .map((gaps) => sentences.map((s, i) => s + gaps[i]).join('')),
      );
    fc.assert(
      fc.property(text, (story) => {
        for (const { start, end } of splitSentences(story)) {
          const selector = uniqueAnchor(story, { start, end }, MIN);
          // Within MAX_CONTEXT of both ends, the context back to the start (or on to the end) always decides.
          if (story.length <= MAX_CONTEXT) expect(selector).toBeDefined();
          if (selector === undefined) continue;
          expect(selector.exact).toBe(story.slice(start, end));
          expect(resolved(story, selector)).toEqual({ status: 'exact', start, end });
          for (const context of [selector.prefix, selector.suffix])
            if (context !== undefined) expect(context.length).toBeLessThanOrEqual(MAX_CONTEXT);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('findInStory', () => {
  it('finds verbatim text first, else the text after the normalisation verify uses, in the story’s own characters', () => {
    const text = 'He said it was “a historic day” — and  left.';
    expect(findInStory(text, 'historic').spans).toHaveLength(1);
    const loose = findInStory(text, 'it was "a historic day" - and left');
    expect(loose.normalised).toBe(true);
    const [span] = loose.spans;
    expect(text.slice(span!.start, span!.end)).toBe('it was “a historic day” — and  left');
    expect(findInStory(text, 'not there').spans).toEqual([]);
    expect(findInStory(text, '   ').spans).toEqual([]);
  });
});
