import { splitSentences } from '../check/anchor/sentences.js';
import type { TextIndex } from '../load/text-index.js';

/** A sentence or heading of a story as the authoring commands number it: 1-based, in text order. */
export interface NumberedSentence {
  number: number;
  /** UTF-16 offsets into the story text. */
  start: number;
  end: number;
  /** 1-based position of the first character. */
  line: number;
  column: number;
  text: string;
  heading: boolean;
}

/** The story's sentences and headings, numbered as `claims sentences` prints them and `new claim --sentence N` reads them. */
export function numberedSentences(text: string, index: TextIndex): NumberedSentence[] {
  return splitSentences(text).map((sentence, i) => {
    const { line, column } = index.positionAt(sentence.start);
    return {
      number: i + 1,
      start: sentence.start,
      end: sentence.end,
      line,
      column,
      text: text.slice(sentence.start, sentence.end),
      heading: sentence.heading,
    };
  });
}
