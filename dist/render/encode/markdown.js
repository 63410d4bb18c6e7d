import { safeHttpUrl } from './html.js';
import { terminalSafe } from './terminal.js';
// The one place record text is made safe for GitHub-flavoured Markdown: table cells, paragraphs and headings.
//
// Escaping is minimal: a character is escaped only where GFM could read it as syntax, so the rendered text
// is the record text (test/render/markdown-roundtrip.test.ts parses the output with micromark and its GFM
// extensions and compares the text back). What is never let through: raw HTML (`<` is always `&lt;`), a
// link, image, footnote or link reference (`[` and `]` always escaped), an autolink (`<` again, and bare
// `http://`, `https://` and `www.` links are broken with `\:` and `\.`), a `@mention` or e-mail link (a word
// joiner after `@`), and a cell break (`|` always escaped).
/** Escaped wherever they are: code, emphasis, strikethrough, math, links and images, table cells. */
const ALWAYS = new Set(['`', '*', '~', '$', '[', ']', '(', ')', '|']);
// `(` and `)` are inert once `[` and `]` are escaped; they stay escaped because test/report/injection.test.ts
// pins `alert\(1\)`.
/** ASCII punctuation: what a backslash before it would escape. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** What CommonMark reads as an entity or numeric character reference after `&`. */
const ENTITY_LIKE = /^&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)/;
/**
 * The first character of the text, when the text starts a line and GFM could read a block there from it:
 * a heading (`#`), a list item (`- `, `+ `, `1. `, `1) `), a thematic break or setext underline (`---`, `==`),
 * or, after a line of text, a table's delimiter row (`---:`).
 * Quotes (`>`), fences (`` ` `` and `~`), HTML (`<`), tables (`|`) and indented code (leading spaces) are
 * escaped or encoded everywhere anyway.
 */
function startsBlock(text) {
    return text.startsWith('#') || /^[-+=]( |$)/.test(text) || /^[-=: ]+$/.test(text);
}
/** Whether the text from `index` to its end is `#` only. */
function endsInHashes(text, index) {
    let end = index;
    while (text[end] === '#')
        end++;
    return end === text.length;
}
function escapeCharacter(text, index) {
    const char = text[index];
    const next = text[index + 1];
    switch (char) {
        case '<':
            return '&lt;';
        case '>':
            return '&gt;';
        case '&':
            return ENTITY_LIKE.test(text.slice(index, index + 40)) ? '&amp;' : '&';
        case '@':
            return '@\u2060'; // a word joiner after @ stops GitHub turning it into a mention or an e-mail link
        case '\\':
            // Only where it would escape what follows: ASCII punctuation, or the end of a line (then a `<br>` or
            // whatever the caller writes after the text follows it).
            return next === undefined || next === '\n' || ASCII_PUNCTUATION.test(next) ? '\\\\' : '\\';
        case '_': {
            // An underscore between two letters or digits can neither open nor close emphasis (snake_case).
            const before = text[index - 1];
            const inWord = before !== undefined && next !== undefined && WORD_CHARACTER.test(before) && WORD_CHARACTER.test(next);
            return inWord ? '_' : '\\_';
        }
        case ':':
            // `http://x`, `https://x`: GFM's literal autolinks need the `:`.
            return text.startsWith('//', index + 1) ? '\\:' : ':';
        case '.':
            // `www.x`: GFM's literal autolink after a word boundary.
            return /(?:^|[^\p{L}\p{N}])www$/iu.test(text.slice(Math.max(0, index - 4), index)) ? '\\.' : '.';
        case '#':
            // A heading at the start; at the end, after a space, the closing sequence of a heading (`## Title #`).
            return index === 0 || (text[index - 1] === ' ' && endsInHashes(text, index)) ? '\\#' : '#';
        default:
            return ALWAYS.has(char) ? `\\${char}` : char;
    }
}
/**
 * Record text for a Markdown table cell, paragraph or heading: controls and bidi characters shown as
 * escapes (terminalSafe), Markdown syntax escaped only where GFM would read it, line breaks as `<br>`,
 * leading and trailing spaces as `&#32;` (a cell or paragraph would drop them), `@` mentions broken.
 */
export function markdownText(text) {
    const visible = text
        .split(/\r\n|\r|\n/)
        .map(terminalSafe)
        .join('\n');
    let leading = 0;
    while (visible[leading] === ' ')
        leading++;
    let end = visible.length;
    while (end > leading && visible[end - 1] === ' ')
        end--;
    const trailing = visible.length - end;
    const body = visible.slice(leading, end);
    // `<br>` alone on a line would start an HTML block, not a paragraph: a lone line break is a reference.
    if (body === '\n' && leading === 0 && trailing === 0)
        return '&#10;';
    let out = '&#32;'.repeat(leading);
    // Only a text that starts its line can start a block, and only from its first character.
    const blockStart = leading === 0 && startsBlock(body);
    const ordered = leading === 0 ? /^[0-9]{1,9}(?=[.)]( |$))/.exec(body) : null;
    for (let index = 0; index < body.length; index++) {
        const char = body[index];
        if (char === '\n')
            out += '<br>';
        else if (index === 0 && blockStart && char !== '#')
            out += `\\${char}`;
        else if (ordered !== null && index === ordered[0].length && char === '.')
            out += '\\.';
        else
            out += escapeCharacter(body, index);
    }
    return out + '&#32;'.repeat(trailing);
}
/** An inline code span that the content cannot close: the fence is longer than any backtick run in it. */
export function markdownCode(text) {
    const safe = terminalSafe(text.replace(/\r\n|\r|\n/g, ' ')).replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = safe.startsWith('`') || safe.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${safe}${pad}${fence}`;
}
/** A link when the URL is http(s); otherwise the escaped URL as text. `label` is record text. */
export function markdownLink(url, label) {
    const href = safeHttpUrl(url);
    if (href === undefined)
        return `${markdownText(label)} (${markdownText(url)})`;
    return `[${markdownText(label)}](<${href.replace(/[<>()|\\ ]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)}>)`;
}
/** A fenced code block whose fence no line of the content can close. */
export function markdownFence(info, content) {
    const longest = Math.max(2, ...(content.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${info}\n${content}${content.endsWith('\n') ? '' : '\n'}${fence}\n`;
}
