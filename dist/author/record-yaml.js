import { isDeepStrictEqual } from 'node:util';
import { Document, Scalar, visit } from 'yaml';
import { describeCharacter, forbiddenCharacters } from '../load/decode.js';
import { LIMITS } from '../load/limits.js';
import { parseYamlText } from '../load/parse-yaml.js';
import { UNSAFE_CHARACTER_CLASS } from '../model/unsafe-characters.js';
/** Characters a terminal or a CI runner could act on, line breaks among them. */
const UNSAFE = new RegExp(UNSAFE_CHARACTER_CLASS);
/** The same, but not the line breaks that lay out the document itself. */
const UNSAFE_IN_TEXT = new RegExp(`(?!\\n)${UNSAFE_CHARACTER_CLASS}`, 'g');
/** Characters a CI runner may skip inside `##[` (render/encode/runner-commands.ts). */
const IGNORABLE = String.raw `(?:(?![\n\r])[\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}])`;
/** Two `#` that could open a legacy runner command (docs/ci.md, "Runner commands in record text"). */
const DOUBLE_HASH = new RegExp(String.raw `#${IGNORABLE}*#`, 'u');
/** A `#` after another: the one written `\x23`. */
const SECOND_HASH = new RegExp(String.raw `(?<=#${IGNORABLE}*)#`, 'gu');
/**
 * The YAML text of one record, as the `yaml` package writes it: keys in the value's order, each string
 * quoted as YAML needs, so quotes, `: `, `#`, line breaks and emoji read back as they were.
 *
 * The same text is printed (`--dry-run`) and written, so it is made safe to print: every value stays on
 * its key's line (no folding, no block scalars), and a string holding a line break, an invisible or
 * control character or `##` is written double-quoted, where such a character is written as an escape
 * (`\n`, `\u200b`) and the second `#` as `\x23`, so no CI runner command opener (`##[`, a line starting
 * `::`) can appear in the output. YAML reads the escapes back as the same characters.
 *
 * The text is parsed back with the loader's own parser and must give the value again, or this throws:
 * a record that would not read back as written is never written.
 */
export function recordYaml(value) {
    const document = new Document(value, { version: '1.2' });
    visit(document, {
        Scalar(key, node) {
            if (key !== 'key' && typeof node.value === 'string' && (UNSAFE.test(node.value) || DOUBLE_HASH.test(node.value)))
                node.type = Scalar.QUOTE_DOUBLE;
        },
    });
    const written = document.toString({ lineWidth: 0, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER });
    // Keys are the schemas' plain field names, so every `##` and every unsafe character left is inside a double-quoted value.
    const text = written
        .replace(SECOND_HASH, '\\x23')
        .replace(UNSAFE_IN_TEXT, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const parsed = parseYamlText(text);
    if (parsed.problems.length > 0 || parsed.documents.length !== 1)
        throw new Error(`the record written as YAML does not parse back: ${parsed.problems.map((problem) => problem.message).join('; ')}`);
    if (!isDeepStrictEqual({ ...parsed.documents[0].value }, { ...value }))
        throw new Error('the record written as YAML reads back as a different value');
    return text;
}
/** Every string in a value, with the path to it (`attribution/0/quote`). */
function stringsOf(value, at) {
    if (typeof value === 'string')
        return [[at, value]];
    if (Array.isArray(value))
        return value.flatMap((item, index) => stringsOf(item, `${at}/${index}`));
    if (value !== null && typeof value === 'object')
        return Object.entries(value).flatMap(([key, item]) => stringsOf(item, at ? `${at}/${key}` : key));
    return [];
}
/**
 * What the loader would refuse in a record's text values, one message per field, at any depth: controls,
 * bidi controls and byte-order marks (load/decode.ts; YAML escapes for them are refused too), and text
 * over the scalar length limit. Schema problems are the schema's to report.
 */
export function unwritableValues(value) {
    const problems = [];
    for (const [field, text] of stringsOf(value, '')) {
        const bad = forbiddenCharacters(text)[0];
        if (bad)
            problems.push(`${field} holds a ${describeCharacter(bad.char)}, which no record may contain`);
        if (text.length > LIMITS.maxScalarChars)
            problems.push(`${field} is longer than ${LIMITS.maxScalarChars} characters`);
    }
    return problems;
}
