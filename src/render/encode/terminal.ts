import { UNSAFE_CHARACTER_CLASS } from '../../model/unsafe-characters.js';

// Shown as escapes so record text can neither drive the terminal (colours, cursor, titles, clipboard) nor
// reorder what is shown.
const UNSAFE = new RegExp(UNSAFE_CHARACTER_CLASS, 'g');

/** Joins the lines of a text with single spaces, for places that show one line (tables, graph labels). */
export function oneLine(text: string): string {
  return text.replace(/\s*(\r\n|\r|\n)\s*/g, ' ');
}

/** One line of record text, inert on a terminal. */
export function terminalSafeLine(text: string): string {
  return terminalSafe(oneLine(text));
}

/** Makes text from records, file names or parser messages inert on a terminal. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (char) => {
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
