import yaml from 'js-yaml';
import { forbiddenCharacters } from './decode.js';
import { LIMITS } from './limits.js';
/**
 * Text the fast path leaves to the full parser, found lexically (cheap, and declining is always safe):
 * a lone CR (a line break to js-yaml, not to the full parser); a tab starting a line (the full parser
 * rejects tab indentation); directives; an indented `---` or `...` (js-yaml takes it for a marker), or
 * anything but a comment after one; a comment glued to a quote, bracket or comma (js-yaml accepts it); a
 * flow collection that spans lines (they treat comments inside it differently) or is a key. Each test
 * runs only when its telltale text occurs, so a plain record costs a few `includes` calls.
 */
const LEXICAL_CHECKS = [
    ['\r', /\r(?!\n)/],
    ['\t', /^ *\t/m],
    ['%', /^%/m],
    ['---', /^[ \t]+---(?:[ \t]|$)|^---(?:[^ \t\r\n]|[ \t]+[^#\s])/m],
    ['...', /^[ \t]*\.\.\.(?:[^ \t\r\n]|[ \t]+[^#\s]|[ \t]*$)/m],
    ['#', /["'[\]{},]#/],
    ['[', /\[[^\]}\n]*\n|\][ \t]*:/],
    ['{', /\{[^\]}\n]*\n|\}[ \t]*:/],
    // Where a token starts: `&` anchors, `*` aliases, `!` tags, `? ` explicit keys, and `0b…` binary
    // integers, which js-yaml still reads as numbers but YAML 1.2's core schema does not.
    ['&', /(?:^|[\s[\]{},:?-])&/m],
    ['*', /(?:^|[\s[\]{},:?-])\*/m],
    ['!', /(?:^|[\s[\]{},:?-])!/m],
    ['?', /(?:^|[\s[\]{},:-])\?(?:\s|$)/m],
    ['0b', /(?:^|[\s[\]{},:?-])[-+]?0b/m],
];
function needsFullParser(text) {
    return LEXICAL_CHECKS.some(([telltale, pattern]) => text.includes(telltale) && pattern.test(text)) || indentedRoot(text);
}
/** A document whose root is indented: the two parsers disagree on where its block scalars end. */
function indentedRoot(text) {
    // The first content line of the file and of each document after a `---` line.
    for (let at = 0; at !== -1 && at < text.length;) {
        let lineStart = at;
        for (;;) {
            const lineEnd = text.indexOf('\n', lineStart);
            const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
            if (/\S/.test(line) && !/^\s*#/.test(line) && !line.startsWith('---')) {
                if (/^\s/.test(line))
                    return true;
                break;
            }
            if (lineEnd === -1)
                return false;
            lineStart = lineEnd + 1;
        }
        at = text.indexOf('\n---', lineStart);
        if (at !== -1)
            at = text.indexOf('\n', at + 1) + 1 || text.length;
    }
    return false;
}
/** Record keys are names; anything else (empty, null, booleans, numbers, quoted oddities) is read differently by the two parsers. */
const NAME_KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
const RESOLVED_KEYS = new Set(['true', 'false', 'null']);
/**
 * The common path: js-yaml's loader, several times faster than the `yaml` package, for files that use
 * only the plain subset of YAML claim records need. Anything outside that subset — anchors, aliases,
 * tags, directives, odd keys, duplicate keys, deep nesting, too many values, control characters,
 * non-finite numbers, warnings or any error — returns undefined, and the file goes to the full parser
 * (`parse-yaml.ts`), which produces the located diagnostics. Both read YAML 1.2 with the core schema;
 * test/load/parser-agreement.test.ts proves they agree on every file this path accepts.
 */
export function fastParse(text) {
    if (forbiddenCharacters(text).length > 0 || needsFullParser(text))
        return undefined;
    let nodes = 0;
    let declined = false;
    let documents;
    const rootStarts = [];
    try {
        documents = yaml.loadAll(text, null, {
            schema: yaml.CORE_SCHEMA,
            json: false,
            // js-yaml 4.2+ options its type declarations do not list yet.
            ...{ maxDepth: LIMITS.maxDepth + 1 },
            onWarning: () => {
                declined = true;
            },
            listener: (event, state) => {
                const { depth, position } = state;
                // A document's root opens after its `---` line and any comments: where its own text starts.
                if (event === 'open' && depth === 1)
                    rootStarts.push(position);
                if (event !== 'close')
                    return;
                // Counted over the whole file: stricter than the full parser's per-document limit, which is safe.
                if (++nodes > LIMITS.maxNodes || state.anchor !== null)
                    declined = true;
            },
        });
    }
    catch {
        return undefined;
    }
    // Every record is a mapping. Anything else at the root (an empty document, which js-yaml reads as null
    // and the full parser as nothing; a list; a scalar) is a finding, so the full parser reports it.
    if (declined || rootStarts.length !== documents.length)
        return undefined;
    // Only an escape ("\e", "\u202e") can put a character into a value that the check of the text did not see.
    const escapes = text.includes('\\');
    if (!documents.every((document) => typeof document === 'object' && document !== null && !Array.isArray(document) && plainValue(document, escapes)))
        return undefined;
    return documents.map((value, index) => ({ value, standalone: { start: rootStarts[index], end: rootStarts[index + 1] ?? text.length } }));
}
/** Whether every number is finite, every key a name and every string within limits (and, after escapes, free of forbidden characters). */
function plainValue(value, escapes) {
    if (typeof value === 'number')
        return Number.isFinite(value);
    if (typeof value === 'string')
        return value.length <= LIMITS.maxScalarChars && (!escapes || forbiddenCharacters(value).length === 0);
    if (Array.isArray(value))
        return value.every((item) => plainValue(item, escapes));
    if (typeof value === 'object' && value !== null) {
        return Object.entries(value).every(([key, item]) => NAME_KEY.test(key) && !RESOLVED_KEYS.has(key) && plainValue(item, escapes));
    }
    return true;
}
