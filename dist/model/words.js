/** `1 file`, `2 files`: a count with its noun, for messages and summaries. */
export function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
