/** `1 file`, `2 files`: a count with its noun, for messages and summaries. */
export function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
/** Made on first use: making one loads ICU's break rules (about 15 ms), which a warm `verify` that only counts never needs. */
let graphemes;
/**
 * `text`, or its start and "..." when it is longer than `max` UTF-16 units, cut where one user-perceived
 * character ends: never half an emoji (a lone surrogate prints as U+FFFD or `\ud83d`) nor a letter without
 * its accents. A single character longer than the room (a letter under dozens of combining marks) is cut
 * at a code point.
 */
export function excerpt(text, max) {
    if (text.length <= max)
        return text;
    const room = max - 3;
    let end = 0;
    graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
    for (const { index, segment } of graphemes.segment(text)) {
        if (index + segment.length > room)
            break;
        end = index + segment.length;
    }
    if (end === 0) {
        end = room;
        const unit = text.charCodeAt(end - 1);
        if (unit >= 0xd800 && unit <= 0xdbff)
            end--;
    }
    return `${text.slice(0, end)}...`;
}
