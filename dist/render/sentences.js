import { inertCommands, TEXT_BREAK } from './encode/runner-commands.js';
import { terminalSafeLine } from './encode/terminal.js';
import { textWidth as displayWidth, wrapToWidth } from './text-width.js';
import { jsonText } from './report/json.js';
export const SENTENCES_FORMATS = ['table', 'json'];
/** Narrowest the sentence column gets, however wide the others are. */
const MIN_TEXT_WIDTH = 30;
/** Widest the claims column gets before its ids wrap. */
const MAX_CLAIMS_WIDTH = 36;
const GAP = '  ';
/**
 * The story's sentences for a terminal, one row each: number, `line:col`, the claims anchored in it
 * (or `—`), and the sentence in full, word-wrapped to the width left (never cut). A heading is marked
 * `(heading)`. Record text is made terminal-safe before it is measured, and runner command openers are
 * broken in the finished text (docs/ci.md).
 */
export function renderSentencesTable(sentences, options) {
    if (sentences.length === 0)
        return 'The story has no sentences.\n';
    const { chalk } = options;
    const rows = sentences.map((sentence) => ({
        number: String(sentence.number),
        position: `${sentence.line}:${sentence.column}`,
        claims: sentence.claims.length > 0 ? sentence.claims.map(terminalSafeLine).join(', ') : '—',
        text: `${sentence.heading ? '(heading) ' : ''}${terminalSafeLine(sentence.text)}`,
        heading: sentence.heading,
    }));
    const numberWidth = Math.max(1, ...rows.map((row) => row.number.length));
    const positionWidth = Math.max('line:col'.length, ...rows.map((row) => row.position.length));
    const claimsWidth = options.claims
        ? Math.min(MAX_CLAIMS_WIDTH, Math.max('claims'.length, ...rows.map((row) => displayWidth(row.claims))))
        : 0;
    const fixed = numberWidth + GAP.length + positionWidth + GAP.length + (options.claims ? claimsWidth + GAP.length : 0);
    const textWidth = Math.max(MIN_TEXT_WIDTH, options.width - fixed);
    const line = (cells) => cells.join(GAP).trimEnd();
    const lines = [
        chalk.bold(line([
            '#'.padStart(numberWidth),
            'line:col'.padEnd(positionWidth),
            ...(options.claims ? ['claims'.padEnd(claimsWidth)] : []),
            'sentence',
        ])),
    ];
    for (const row of rows) {
        const claimLines = options.claims ? wrapToWidth(row.claims, claimsWidth).map((wrapped) => wrapped.text) : [];
        const textLines = wrapToWidth(row.text, textWidth).map((wrapped) => wrapped.text);
        const height = Math.max(claimLines.length, textLines.length);
        for (let i = 0; i < height; i++) {
            const claimCell = options.claims ? [pad(claimLines[i] ?? '', claimsWidth)] : [];
            const text = textLines[i] ?? '';
            lines.push(line([
                (i === 0 ? row.number : '').padStart(numberWidth),
                (i === 0 ? row.position : '').padEnd(positionWidth),
                ...claimCell,
                row.heading ? chalk.bold(text) : text,
            ]));
        }
    }
    return inertCommands(`${lines.join('\n')}\n`, TEXT_BREAK);
}
/** `{ story, sentences: [{ number, line, column, heading, text, claims }] }`, keys in that order. */
export function renderSentencesJson(storyId, sentences) {
    return jsonText({
        story: storyId,
        sentences: sentences.map((sentence) => ({
            number: sentence.number,
            line: sentence.line,
            column: sentence.column,
            heading: sentence.heading,
            text: sentence.text,
            claims: sentence.claims,
        })),
    });
}
function pad(text, to) {
    return text + ' '.repeat(Math.max(0, to - displayWidth(text)));
}
