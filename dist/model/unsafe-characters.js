/**
 * C0 and C1 controls, DEL, bidi controls, zero-width and line/paragraph separators: what record text may
 * not show raw on a terminal (render/encode/terminal.ts) nor print raw in a record written for a person
 * (author/record-yaml.ts). One character class, as a regular expression source, for both.
 */
export const UNSAFE_CHARACTER_CLASS = '[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2069\\ufeff]';
