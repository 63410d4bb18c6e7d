import { inertCommands, MARKUP_BREAK } from './runner-commands.js';
import { terminalSafe } from './terminal.js';
// The one place record text is made safe for HTML (text, attributes, links, JSON in <script>).
const HTML_SPECIAL = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/**
 * Entity-encodes `& < > " '`; safe in text and in quoted attributes. A CI runner command opener (`##[`, a
 * line starting with `::`) gets `&#35;` or `&#58;` for one of its characters: the page shows the same text.
 */
export function escapeHtml(text) {
    return inertCommands(text.replace(/[&<>"']/g, (char) => HTML_SPECIAL[char]), MARKUP_BREAK);
}
/** One line of record text, with control, bidi and invisible characters shown as escapes (`\u202e`), entity-encoded. */
function visibleLine(line) {
    return escapeHtml(terminalSafe(line));
}
/** Record text as HTML: controls made visible, entity-encoded, line breaks as `<br>`, isolated in `<bdi>`. */
export function htmlText(text) {
    return `<bdi>${text
        .split(/\r\n|\r|\n/)
        .map(visibleLine)
        .join('<br>')}</bdi>`;
}
/** Record text for a quoted attribute value (`title`, `aria-label`, `data-*`): one line, no markup. */
export function htmlAttr(text) {
    return escapeHtml(terminalSafe(text.replace(/\r\n|\r|\n/g, ' ')));
}
/** Story text, which the reader must see unchanged in layout: entity-encoded, controls made visible, no `<bdi>`. */
export function htmlStoryText(text) {
    return visibleLine(text);
}
/**
 * The URL, normalised, when it is an absolute http(s) URL without credentials or control characters;
 * otherwise undefined, and the caller shows it as text.
 */
export function safeHttpUrl(url) {
    if (/[\u0000-\u0020\u007f-\u009f]/.test(url))
        return undefined;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        return undefined;
    if (parsed.username !== '' || parsed.password !== '')
        return undefined;
    return parsed.href;
}
/** A link when the URL is http(s), else the URL as text; `label` is HTML already encoded by the caller. */
export function htmlLink(url, label) {
    const href = safeHttpUrl(url);
    if (href === undefined)
        return `${label} <span class="unsafe-url">(${htmlText(url)})</span>`;
    return `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${label}</a>`;
}
/**
 * JSON text made safe inside `<script type="application/json">`: `<`, `>`, `&`, U+2028 and U+2029
 * become `\uXXXX` escapes, which JSON.parse reads back unchanged, so the text cannot close the element.
 */
export function jsonForScript(json) {
    return json.replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
