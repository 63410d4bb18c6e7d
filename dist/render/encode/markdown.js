import { safeHttpUrl } from './html.js';
import { terminalSafe } from './terminal.js';
// The one place record text is made safe for GitHub-flavoured Markdown (table cells and inline text).
/** HTML-significant characters become entities, so no raw HTML (tags, comments) reaches the renderer. */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Inline Markdown punctuation: escapes, code, emphasis, links, images, cells, strikethrough, math, headings, emoji. */
const INLINE_PUNCTUATION = /[\\`*_[\]()!|~$#:]/;
function escapeLine(line) {
    let out = '';
    for (const char of terminalSafe(line)) {
        if (char in ENTITIES)
            out += ENTITIES[char];
        else if (char === '@')
            out += '@\u2060'; // a word joiner after @ stops GitHub turning it into a mention
        else if (INLINE_PUNCTUATION.test(char))
            out += `\\${char}`;
        else
            out += char;
    }
    return out;
}
/**
 * Record text for a Markdown table cell or inline text: controls and bidi characters shown as escapes,
 * `& < > "` entity-encoded, punctuation and `|` backslash-escaped, `@` mentions broken, line breaks as `<br>`.
 */
export function markdownText(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map(escapeLine)
        .join('<br>');
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
