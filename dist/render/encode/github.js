import { inertLegacyOpeners, TEXT_BREAK } from './runner-commands.js';
import { terminalSafe } from './terminal.js';
/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), escaped as `@actions/core` does:
 * `%` first, then CR and LF in the message; properties also escape `:` and `,`. After escaping, no record
 * text can end the command line, start a new one, or forge a property.
 */
export function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
export function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * One command line; properties with an undefined value are left out, as the toolkit does. The runner takes
 * the line for this command and no other, but it would also run a legacy `##[command]` anywhere in a line it
 * did not parse, and the workflow-command escapes have none for `#`: a `##[` in the message or a property
 * is written `#\#[` (docs/ci.md).
 */
export function workflowCommand(command, properties, message) {
    const list = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return inertLegacyOpeners(`::${command}${list ? ` ${list}` : ''}::${escapeData(message)}`, TEXT_BREAK);
}
/**
 * Record text for an annotation message: line breaks and tabs kept (escaped on the wire), every other
 * control, bidi or invisible character shown as an escape, because the Actions log is a terminal emulator.
 */
export function annotationText(text) {
    return text.replace(/[^\t\n\r]+/g, terminalSafe);
}
/** Longest cell, in code points, before it is cut with an ellipsis (long tokens break the table layout). */
export const MARKDOWN_CELL_MAX = 500;
/**
 * Record text for one cell of a GitHub-flavoured Markdown table (the step summary): line breaks become
 * `<br>`, controls and bidi characters are shown as escapes, every ASCII punctuation character is
 * backslash-escaped (no `|` column, link, image, HTML, code span, emphasis or heading can form), and a
 * WORD JOINER after `@` and `#` keeps mentions and issue references from linking or notifying.
 */
export function markdownCell(text, max = MARKDOWN_CELL_MAX) {
    const characters = [...text];
    const clipped = characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : text;
    return clipped
        .split(/\r\n|\r|\n/)
        .map((line) => terminalSafe(line).replace(/[!-/:-@[-`{-~]/g, (char) => (char === '@' ? '@\u2060' : char === '#' ? '\\#\u2060' : `\\${char}`)))
        .join('<br>');
}
