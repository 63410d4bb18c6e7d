// The one place record text is kept from being run as a CI runner command (docs/ci.md, "Runner commands
// in record text").
//
// The GitHub Actions runner reads every line a step prints (stdout and stderr; a line ends at LF, CR or
// CRLF) and runs it as a command when (actions/runner, ActionCommand.cs):
//  - after leading white space (String.TrimStart) it starts with `::`: `::add-mask::x`, `::stop-commands::x`;
//  - or it holds `##[` anywhere: the legacy `##[add-mask]x`.
// Both tests are culture-sensitive .NET comparisons (StartsWith and IndexOf with no StringComparison),
// which under ICU skip "ignorable" characters: `#<U+00AD>#[` still opens a command. So the match here
// allows, between the characters and before `::`, every character such a comparison might skip.
//
// Neutralising changes one character of the opener: the second `#` of `##[`, the first `:` of a `::` that
// starts a line. Each medium writes it in a way its own readers take for the same character where it can
// (`\u0023` in JSON, `&#35;` in HTML and XML, `\#` in Markdown and Graphviz), and as a visible backslash
// escape (`#\#[`, `\::`) in plain text.
/** Characters a culture-sensitive comparison may skip: controls, format characters, combining marks, default-ignorables; not line breaks. */
const IGNORABLE = String.raw `(?:(?![\n\r])[\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}])`;
/**
 * What may come before `::` on a line: white space (String.TrimStart) or ignorable characters. One class,
 * not an alternation of two overlapping ones (a tab is both), so a long run cannot backtrack exponentially.
 */
const LEADING = String.raw `(?:(?![\n\r])[\s\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}])`;
/** The second `#` of a legacy opener `##[`, with what lies between the two `#` in group 1. */
const LEGACY_OPENER = new RegExp(String.raw `#(${IGNORABLE}*)#(?=${IGNORABLE}*\[)`, 'gu');
/** The first `:` of a `::` that opens a line (after white space), with what comes before it in group 1. */
const LINE_OPENER = new RegExp(String.raw `(?:^|(?<=[\n\r]))(${LEADING}*):(?=${IGNORABLE}*:)`, 'gu');
const LATER_LINE_OPENER = new RegExp(String.raw `(?<=[\n\r])(${LEADING}*):(?=${IGNORABLE}*:)`, 'gu');
/** Plain text, CSV, Markdown and Graphviz: a backslash escape (Markdown and Graphviz read `\#` and `\:` as `#` and `:`). */
export const TEXT_BREAK = { hash: '\\#', colon: '\\:' };
/** Inside a JSON string: a `\u` escape, which JSON.parse reads back unchanged. */
export const JSON_BREAK = { hash: '\\u0023', colon: '\\u003a' };
/** HTML text and attributes, XML attributes: a character reference, which parsers read back unchanged. */
export const MARKUP_BREAK = { hash: '&#35;', colon: '&#58;' };
/** Inside an XML CDATA section: the section is closed around a character reference, so parsers read the same text. */
export const CDATA_BREAK = { hash: ']]>&#35;<![CDATA[', colon: ']]>&#58;<![CDATA[' };
/**
 * Text, or output, with no runner command opener left in it: every `##[` broken, and every line that
 * starts with `::` (after white space) broken. `firstLineStarts: false` for text that follows something
 * else on its first line (a CSV cell, a CDATA section): only its later lines start a line of the output.
 */
export function inertCommands(text, escapes, options = {}) {
    const legacy = inertLegacyOpeners(text, escapes);
    return legacy.replace(options.firstLineStarts === false ? LATER_LINE_OPENER : LINE_OPENER, (_, before) => before + escapes.colon);
}
/** Breaks every `##[` only: for a line claims itself starts with `::` (a workflow command), or JSON, which has no raw line breaks. */
export function inertLegacyOpeners(text, escapes) {
    return text.replace(LEGACY_OPENER, (_, between) => `#${between}${escapes.hash}`);
}
/** inertCommands over output made in pieces: lines are kept whole (a piece is cut after its last line break). */
export function* inertCommandPieces(pieces, escapes) {
    let carry = '';
    for (const piece of pieces) {
        const text = carry + piece;
        const cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1;
        carry = text.slice(cut);
        if (cut > 0)
            yield inertCommands(text.slice(0, cut), escapes);
    }
    if (carry !== '')
        yield inertCommands(carry, escapes);
}
