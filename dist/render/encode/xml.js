import { CDATA_BREAK, inertCommands, inertLegacyOpeners, MARKUP_BREAK } from './runner-commands.js';
import { terminalSafe } from './terminal.js';
// What XML 1.0 cannot carry at all (even as a character reference): lone surrogates, U+FFFE, U+FFFF.
const NOT_XML = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;
/**
 * Text from records made safe for any XML 1.0 document: C0 controls other than TAB, LF and CR, DEL, C1,
 * bidi and invisible characters become visible escapes (`\x01`, `\u202e`), as on the terminal; the
 * characters XML cannot represent become `\uXXXX`. TAB, LF and CR are kept.
 */
export function xmlSafe(text) {
    return text.replace(/[^\t\n\r]+/g, terminalSafe).replace(NOT_XML, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const ATTRIBUTE_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
    '\t': '&#9;',
    '\n': '&#10;',
    '\r': '&#13;',
};
/**
 * An attribute value (to go between double quotes); TAB, LF and CR survive attribute normalisation. The
 * second `#` of a runner command opener `##[` is written `&#35;` (the value has no raw line break left).
 */
export function xmlAttribute(text) {
    return inertLegacyOpeners(xmlSafe(text).replace(/[&<>"'\t\n\r]/g, (char) => ATTRIBUTE_ENTITIES[char]), MARKUP_BREAK);
}
/**
 * Character data as a CDATA section; every `]]>` is split across two sections. Runner command openers
 * (`##[`, a line of the text starting with `::`) are broken by closing the section around `&#35;` or
 * `&#58;`, so a parser still reads the exact text.
 */
export function xmlCdata(text) {
    const split = xmlSafe(text).replace(/]]>/g, ']]]]><![CDATA[>');
    // The section opens on a line of its own markup: only the text's later lines start a line of the document.
    return `<![CDATA[${inertCommands(split, CDATA_BREAK, { firstLineStarts: false })}]]>`;
}
