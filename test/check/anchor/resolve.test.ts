import { describe, expect, it } from 'vitest';
import { findApproximate } from '../../../src/check/anchor/approximate.js';
import { codePointOffset } from '../../../src/check/anchor/offsets.js';
import { resolveSelector } from '../../../src/check/anchor/resolve.js';
import { splitSentences } from '../../../src/check/anchor/sentences.js';

const story = 'The minister said the plan was sound. Critics said the plan was reckless. The plan was sound.';

describe('resolveSelector', () => {
  it('finds a unique exact quote', () => {
    expect(resolveSelector(story, { exact: 'reckless' }, 0.75)).toEqual({ status: 'exact', start: 64, end: 72 });
  });

  it('reports several matches without context as ambiguous', () => {
    const result = resolveSelector(story, { exact: 'the plan was sound' }, 0.75);
    expect(result.status).toBe('exact');
    const twice = resolveSelector(story, { exact: 'plan was sound' }, 0.75);
    expect(twice).toEqual({ status: 'ambiguous', starts: [22, 78] });
  });

  it('lets prefix and suffix decide between matches', () => {
    expect(resolveSelector(story, { exact: 'plan was sound', prefix: 'The ' }, 0.75)).toEqual({ status: 'exact', start: 78, end: 92 });
    expect(resolveSelector(story, { exact: 'plan was sound', suffix: '. Critics' }, 0.75)).toEqual({ status: 'exact', start: 22, end: 36 });
  });

  it('matches curly against straight quotes and collapsed whitespace, and says so', () => {
    const text = 'He called it "fake"  and\nleft.';
    const result = resolveSelector(text, { exact: 'called it “fake” and left' }, 0.75);
    expect(result).toEqual({ status: 'normalised', start: 3, end: 29 });
  });

  it('re-anchors an edited quote approximately, with a similarity score', () => {
    const edited = 'The minister said the plan was sound. Critics said the scheme was reckless. The plan was sound.';
    const result = resolveSelector(edited, { exact: 'Critics said the plan was reckless' }, 0.75);
    expect(result.status).toBe('moved');
    if (result.status !== 'moved') return;
    expect(edited.slice(result.start, result.end)).toBe('Critics said the scheme was reckless');
    expect(result.similarity).toBeGreaterThan(0.8);
    expect(result.similarity).toBeLessThan(1);
  });

  it('reports UTF-16 offsets into the text and counts the similarity in code points', () => {
    const text = 'Emoji 👍🏽 first. Critics said the plan was reckless.';
    const result = resolveSelector(text, { exact: 'Critics said the plan was wreckless' }, 0.75);
    // 👍🏽 is two code points (thumbs up, skin tone) and four UTF-16 units.
    expect(result).toMatchObject({ status: 'moved', start: 18, end: 52 });
    if (result.status !== 'moved') return;
    expect(text.slice(result.start, result.end)).toBe('Critics said the plan was reckless');
    expect(codePointOffset(text, result.start)).toBe(16);
    // A quote whose only edit is an emoji swapped for a letter is one edit in five characters.
    expect(resolveSelector('I 😊 it', { exact: 'I x it' }, 0.8)).toEqual({
      status: 'moved',
      start: 0,
      end: 7,
      similarity: 0.83,
      tied: false,
    });
  });

  it('gives up when nothing is close enough', () => {
    expect(resolveSelector(story, { exact: 'an entirely different sentence' }, 0.75)).toEqual({ status: 'not-found' });
  });
});

describe('findApproximate', () => {
  it('returns start, end and distance of the best local match', () => {
    expect(findApproximate('xxhelloxx', 'hallo', 1)).toEqual([{ start: 2, end: 7, distance: 1 }]);
  });

  it('breaks a tie on edits toward the span whose length is closest to the quote’s', () => {
    // "commodo vit", "commodo vita" and "commodo vitae" are all three edits from "commodo cites".
    const text = 'condimentum sed, commodo vitae, ornare';
    const [match] = findApproximate(text, 'commodo cites', 3);
    expect(match).toEqual({ start: 17, end: 30, distance: 3 });
    expect(text.slice(match!.start, match!.end)).toBe('commodo vitae');
    // Either side of the quote's length: "thre" (one deletion) and "three" (one substitution) tie, "three" wins.
    expect(findApproximate('three blind mice', 'thrae', 1)).toEqual([{ start: 0, end: 5, distance: 1 }]);
  });

  it('counts edits in code points: an astral character is one edit, offsets stay UTF-16', () => {
    expect(findApproximate('sm😊le', 'smile', 1)).toEqual([{ start: 0, end: 6, distance: 1 }]);
    expect(findApproximate('a😀b', 'axb', 1)).toEqual([{ start: 0, end: 4, distance: 1 }]);
    // Two emoji sharing their high surrogate are still different characters, one substitution apart.
    expect(findApproximate('x😀y', 'x😊y', 1)).toEqual([{ start: 0, end: 4, distance: 1 }]);
    expect(findApproximate('x😀y', 'x😀y', 0)).toEqual([{ start: 0, end: 4, distance: 0 }]);
    // A deleted emoji is one edit, and the length tie-break measures in code points too.
    expect(findApproximate('ab😀cd', 'abcd', 1)).toEqual([{ start: 0, end: 6, distance: 1 }]);
  });

  it('stays linear in the text: about maxDistance cells of the table per character of text, not one per character of the quote', () => {
    const text = 'lorem ipsum dolor sit amet '.repeat(4000);
    const quote = 'a quote that is not in the text at all, some sixty characters';
    const maxDistance = 15;
    // The work, counted: each cell of the dynamic programme reads one character of the pattern (one UTF-16
    // unit; a second only where pattern and text both have a surrogate pair, so edits count code points).
    let cells = 0;
    const pattern = new Proxy(new String(quote), {
      get(target, key) {
        if (typeof key === 'string' && /^\d+$/.test(key)) cells++;
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as unknown as string;
    expect(findApproximate(text, pattern, maxDistance)).toEqual([]);
    expect(cells).toBeGreaterThan(text.length);
    // Ukkonen's cut-off keeps about maxDistance + 1 rows of each column (a few more where the text partly
    // matches: 21 here); the whole table would be quote.length (61) rows. A count, not a time: it cannot flake.
    expect(cells).toBeLessThanOrEqual(2 * (maxDistance + 1) * text.length);
  });
});

describe('codePointOffset', () => {
  it('counts an astral character once', () => {
    expect(codePointOffset('a😀b', 3)).toBe(2);
  });
});

describe('splitSentences', () => {
  it('treats lines without end punctuation as headings and splits sentences with ICU rules', () => {
    const text = 'A Heading\nFirst sentence. Second "quoted." Third?\n';
    const sentences = splitSentences(text).map((sentence) => ({
      text: text.slice(sentence.start, sentence.end),
      heading: sentence.heading,
    }));
    expect(sentences).toEqual([
      { text: 'A Heading', heading: true },
      { text: 'First sentence.', heading: false },
      { text: 'Second "quoted."', heading: false },
      { text: 'Third?', heading: false },
    ]);
  });

  it('keeps offsets right across CRLF line breaks', () => {
    const text = 'Head\r\nBody one. Body two.';
    expect(splitSentences(text).map((sentence) => text.slice(sentence.start, sentence.end))).toEqual(['Head', 'Body one.', 'Body two.']);
  });
});
