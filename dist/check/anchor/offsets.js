/** UTF-16 offset → Unicode code point offset, the unit W3C text-position selectors count in. */
export function codePointOffset(text, utf16Offset) {
    let points = 0;
    for (let i = 0; i < utf16Offset && i < text.length; i++) {
        const code = text.charCodeAt(i);
        // The high half of a surrogate pair starts a code point; its low half does not.
        if (code < 0xdc00 || code > 0xdfff)
            points++;
    }
    return points;
}
