import { TextIndex } from './text-index.js';
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Decodes bytes as strict UTF-8. UTF-16/32 files and invalid byte sequences are refused with the
 * position of the first bad byte, because silently replacing them would change what a record says.
 */
export function decodeUtf8(bytes) {
    const wide = wideEncoding(bytes);
    if (wide)
        return fail(bytes, 0, `file is encoded as ${wide}; save it as UTF-8`);
    try {
        return { ok: true, text: strictUtf8.decode(bytes) };
    }
    catch {
        const offset = firstInvalidUtf8(bytes);
        return fail(bytes, offset, `invalid UTF-8 byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')}; save the file as UTF-8`);
    }
}
function wideEncoding(bytes) {
    const [a, b, c, d] = bytes;
    if (a === 0xff && b === 0xfe)
        return c === 0 && d === 0 ? 'UTF-32 LE' : 'UTF-16 LE';
    if (a === 0xfe && b === 0xff)
        return 'UTF-16 BE';
    if (a === 0 && b === 0 && c === 0xfe && d === 0xff)
        return 'UTF-32 BE';
    // Without a byte-order mark, ASCII text in UTF-16 shows as every other byte being NUL.
    if (bytes.length >= 4 && ((a === 0 && c === 0 && b !== 0) || (b === 0 && d === 0 && a !== 0)))
        return 'UTF-16';
    return undefined;
}
/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const byte = bytes[i] ?? 0;
        const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
        if (length === 0)
            return i;
        try {
            strictUtf8.decode(bytes.subarray(i, i + length));
        }
        catch {
            return i;
        }
        i += length;
    }
    return bytes.length;
}
function fail(bytes, offset, message) {
    // The valid prefix decodes cleanly, so its index gives the line and column of the bad byte.
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const start = new TextIndex(prefix).positionAt(prefix.length);
    return { ok: false, problem: { message, start, end: { line: start.line, column: start.column + 1 } } };
}
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Describes a control, bidi or invisible formatting character for a message. */
export function describeCharacter(char) {
    const code = char.codePointAt(0) ?? 0;
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    if (code === 0)
        return `NUL character (${hex})`;
    if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f || code === 0x061c) {
        return `bidirectional control character (${hex})`;
    }
    if (code === 0xfeff)
        return `zero-width no-break space (${hex})`;
    return `control character (${hex})`;
}
/** Offsets of characters no record text may contain: C0/C1 controls (but tab and line breaks), DEL, bidi controls, and byte-order marks after the start. */
export function forbiddenCharacters(text) {
    const found = [];
    CONTROL.lastIndex = 0;
    for (let match = CONTROL.exec(text); match; match = CONTROL.exec(text)) {
        found.push({ offset: match.index, char: match[0] });
    }
    return found;
}
