/** Splits a JSON pointer into its unescaped segments. */
export function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** A JSON pointer from path segments, escaped (RFC 6901). */
export function joinPointer(segments) {
    return segments.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
