import { isAlias, isMap, isPair, isScalar, isSeq, Lexer, parseAllDocuments, Scalar, } from 'yaml';
import { describeCharacter, forbiddenCharacters } from './decode.js';
import { LIMITS } from './limits.js';
/**
 * The `yaml` package's safest settings (docs: ../shared/ref/hostile-input.md §0): YAML 1.2 core schema
 * pinned even against a `%YAML 1.1` directive, no merge keys, no known-tag resolution, string keys only,
 * and our own O(n) duplicate-key check instead of the built-in quadratic one.
 */
export const YAML_OPTIONS = {
    version: '1.2',
    schema: 'core',
    merge: false,
    resolveKnownTags: false,
    stringKeys: true,
    uniqueKeys: false,
    strict: true,
    prettyErrors: false,
    logLevel: 'error',
    intAsBigInt: false,
    keepSourceTokens: false,
};
/** Most problems reported for one document: enough to fix the first ones, bounded for hostile files. */
const MAX_PROBLEMS = 20;
/** Parses every YAML document of a file into plain values, or located problems; never throws. */
export function parseYamlText(text) {
    const problems = prescanLines(text);
    if (problems.length === 0)
        problems.push(...prescanFlowDepth(text));
    if (problems.length > 0)
        return { documents: [], problems };
    const badCharacters = forbiddenCharacters(text);
    problems.push(...charactersProblems(badCharacters));
    let docs;
    try {
        docs = parseAllDocuments(text, YAML_OPTIONS);
    }
    catch (error) {
        // The CST parser recurses on deep dedents and can overflow the stack without a position.
        const message = error instanceof RangeError ? 'nesting too deep to parse' : `could not parse: ${String(error)}`;
        return { documents: [], problems: [{ ruleId: 'yaml/limit', message, start: 0, end: 0 }] };
    }
    if (!Array.isArray(docs))
        docs = [docs];
    if (docs.length > LIMITS.maxDocuments) {
        return {
            documents: [],
            problems: [{ ruleId: 'yaml/limit', message: `more than ${LIMITS.maxDocuments} documents in one file`, start: 0, end: 0 }],
        };
    }
    const documents = [];
    let previousEnd = 0;
    for (const doc of docs) {
        const docProblems = documentProblems(doc, text, previousEnd);
        previousEnd = doc.range[2];
        const start = doc.contents?.range[0] ?? doc.range[0];
        const end = doc.contents?.range[1] ?? doc.range[1];
        // A broken document loses only its own record; the file's other records are still checked.
        const hasBadCharacter = badCharacters.some(({ offset }) => offset >= doc.range[0] && offset < doc.range[2]);
        if (docProblems.length > 0 || hasBadCharacter) {
            problems.push(...docProblems);
            documents.push({ value: undefined, start, end });
            continue;
        }
        const built = buildValue(doc.contents, text, problems);
        documents.push({ value: built, start, end });
    }
    return { documents, problems };
}
/** Cheap line checks that stop the parser's recursion before it starts (hostile-input finding A). */
function prescanLines(text) {
    let lineStart = 0;
    while (lineStart <= text.length) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd === -1)
            lineEnd = text.length;
        let i = lineStart;
        while (i < lineEnd && text.charCodeAt(i) === 32)
            i++;
        if (i - lineStart > LIMITS.maxIndent) {
            return [{ ruleId: 'yaml/limit', message: `indentation deeper than ${LIMITS.maxIndent} columns`, start: lineStart, end: i }];
        }
        let indicators = 0;
        while (i + 1 < lineEnd + 1 && (text[i] === '-' || text[i] === '?') && (text[i + 1] === ' ' || i + 1 === lineEnd)) {
            indicators++;
            i += 2;
            while (i < lineEnd && text.charCodeAt(i) === 32)
                i++;
        }
        if (indicators > LIMITS.maxCompactIndicators) {
            return [
                {
                    ruleId: 'yaml/limit',
                    message: `more than ${LIMITS.maxCompactIndicators} nested "- " or "? " indicators on one line`,
                    start: lineStart,
                    end: i,
                },
            ];
        }
        lineStart = lineEnd + 1;
    }
    return [];
}
const FLOW_OPEN = new Set(['[', '{']);
const FLOW_CLOSE = new Set([']', '}']);
/** The lexer's zero-width control tokens: document mode, scalar follows, unexpected end of flow. */
const CONTROL_TOKENS = new Set(['\x02', '\x1f', '\x18']);
/**
 * Flow collections (`[[[[`) nested beyond the depth limit, found with the `yaml` lexer, which is iterative
 * and knows quotes and comments. The composer recurses per flow level and, near the stack limit, can
 * abort the whole process (a V8 fatal error that no try/catch sees), so this runs before it.
 */
function prescanFlowDepth(text) {
    // Lexing costs a quarter of a parse; a file with too few brackets to nest that deep needs none.
    let openers = 0;
    for (let i = 0; i < text.length && openers <= LIMITS.maxDepth; i++) {
        const code = text.charCodeAt(i);
        if (code === 0x5b || code === 0x7b)
            openers++;
    }
    if (openers <= LIMITS.maxDepth)
        return [];
    let depth = 0;
    let offset = 0;
    for (const token of new Lexer().lex(text)) {
        if (CONTROL_TOKENS.has(token)) {
            if (token === '\x18')
                depth = 0;
            continue;
        }
        if (FLOW_OPEN.has(token) && ++depth > LIMITS.maxDepth) {
            return [{ ruleId: 'yaml/limit', message: `nesting deeper than ${LIMITS.maxDepth} levels`, start: offset, end: offset + 1 }];
        }
        if (FLOW_CLOSE.has(token) && depth > 0)
            depth--;
        offset += token.length;
    }
    return [];
}
function charactersProblems(found) {
    return found.slice(0, MAX_PROBLEMS).map(({ offset, char }) => ({
        ruleId: 'yaml/encoding',
        message: `${describeCharacter(char)} is not allowed in a claims file`,
        start: offset,
        end: offset + char.length,
    }));
}
function documentProblems(doc, text, searchFrom) {
    const problems = [];
    const seen = new Set();
    const add = (problem) => {
        // A parser that loses its way repeats one message at one place many times: one cause, one message.
        const key = `${problem.start}:${problem.message}`;
        if (seen.has(key))
            return;
        seen.add(key);
        problems.push(problem);
    };
    for (const error of doc.errors) {
        if (problems.length >= MAX_PROBLEMS)
            break;
        add({ ruleId: 'yaml/syntax', ...describeYamlError(error, doc, text) });
    }
    for (const warning of doc.warnings) {
        if (problems.length >= MAX_PROBLEMS)
            break;
        const unsupported = warning.code === 'TAG_RESOLVE_FAILED' || warning.code === 'BAD_DIRECTIVE';
        add({ ruleId: unsupported ? 'yaml/unsupported' : 'yaml/syntax', ...describeYamlError(warning, doc, text) });
    }
    const version = doc.directives?.yaml.explicit ? doc.directives.yaml.version : undefined;
    if (version !== undefined && version !== '1.2') {
        // The document's range starts at its `---`; the directive is the %YAML line before it.
        const at = directiveOffset(text, searchFrom, doc.range[0]);
        const lineEnd = text.slice(at).search(/\r?\n|$/) + at;
        problems.push({
            ruleId: 'yaml/unsupported',
            message: `%YAML ${version} directive: claims files are YAML 1.2; remove the directive`,
            start: at,
            end: Math.max(lineEnd, at + 1),
        });
    }
    return problems;
}
function directiveOffset(text, from, to) {
    const match = /^%YAML\b/m.exec(text.slice(from, to));
    return match ? from + match.index : to;
}
/** The parser's message in plain words, placed where a person would look for the mistake. */
function describeYamlError(error, doc, text) {
    const [start, end] = error.pos;
    const span = { start, end: Math.max(end, start + 1) };
    if (error.code === 'NON_STRING_KEY') {
        // With stringKeys, a tagged key (`!!merge <<`), an alias key or a collection key ends up here.
        const source = text.slice(start, end);
        if (source.startsWith('!'))
            return { ...span, ruleId: 'yaml/unsupported', message: `tag ${source} is not allowed in claims files` };
        if (source.startsWith('*'))
            return { ...span, ruleId: 'yaml/unsupported', message: `alias ${source} is not allowed in claims files; write the value out` };
        return { ...span, message: 'a key must be plain text, not a list or a mapping' };
    }
    if (error.code === 'TAG_RESOLVE_FAILED') {
        const tag = /^Unresolved tag: (.*)$/.exec(error.message)?.[1];
        if (tag !== undefined)
            return { ...span, message: `tag ${displayTag(tag)} is not allowed in claims files` };
    }
    if (error.code === 'MISSING_CHAR' && /closing .?quote/.test(error.message)) {
        // Reported where the file ends; the mistake is where the quoted text opens.
        const opened = quotedScalarEndingAt(doc, start);
        const quote = error.message.includes('"') ? '"' : "'";
        if (opened !== undefined)
            return { start: opened, end: opened + 1, message: `quoted text is never closed: add the closing ${quote}` };
    }
    return { ...span, message: yamlMessage(error.message) };
}
/** Where the quoted scalar that runs to `end` starts, if the document holds one. */
function quotedScalarEndingAt(doc, end) {
    const stack = [doc.contents];
    while (stack.length > 0) {
        const node = stack.pop();
        if (isScalar(node)) {
            const range = node.range;
            if (range && range[1] === end && (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE))
                return range[0];
        }
        else if (isMap(node) || isSeq(node)) {
            for (const item of node.items) {
                if (isPair(item))
                    stack.push(item.key, item.value);
                else
                    stack.push(item);
            }
        }
    }
    return undefined;
}
/** `!!str` rather than `tag:yaml.org,2002:str`: the tag as the file spells it. */
function displayTag(tag) {
    return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}
/** The parser's message without its trailing position, which our diagnostic already carries. */
function yamlMessage(message) {
    return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
}
/**
 * Builds the plain value of a document while rejecting what claim records never need and what makes
 * the `yaml` package slow or unsafe: anchors, aliases, tags, duplicate keys, deep nesting, huge scalars.
 */
function buildValue(root, text, problems) {
    let nodes = 0;
    const before = problems.length;
    // Anchors and aliases have one cause and one fix (write the values out): the first is reported,
    // with how many more the document holds, so a billion-laughs ladder is one finding, not dozens.
    let reuse;
    const reportReuse = (problem) => {
        if (reuse)
            reuse.more++;
        else {
            reuse = { problem, more: 0 };
            report(problem);
        }
    };
    // Capped: a file of 50k anchors, or a billion-laughs ladder, must not become 50k findings.
    const report = (problem) => {
        if (problems.length - before < MAX_PROBLEMS)
            problems.push(problem);
    };
    const visit = (node, depth) => {
        if (node === null)
            return null;
        nodes++;
        const range = node.range ?? [0, 0, 0];
        if (nodes > LIMITS.maxNodes) {
            if (nodes === LIMITS.maxNodes + 1)
                report({ ruleId: 'yaml/limit', message: `more than ${LIMITS.maxNodes} values in one file`, start: range[0], end: range[1] });
            return undefined;
        }
        if (isAlias(node)) {
            reportReuse({
                ruleId: 'yaml/unsupported',
                message: `alias *${node.source} is not allowed in claims files; write the value out`,
                start: range[0],
                end: range[1],
            });
            return undefined;
        }
        if (node.anchor) {
            const at = propertySpan(text, range[0], (property) => property === `&${node.anchor}`);
            reportReuse({
                ruleId: 'yaml/unsupported',
                message: `anchor &${node.anchor} is not allowed in claims files; write the value out`,
                start: at?.start ?? range[0],
                end: at?.end ?? range[1],
            });
        }
        if (node.tag) {
            const at = propertySpan(text, range[0], (property) => property.startsWith('!'));
            const written = at ? text.slice(at.start, at.end) : displayTag(node.tag);
            report({
                ruleId: 'yaml/unsupported',
                message: `tag ${written} is not allowed in claims files`,
                start: at?.start ?? range[0],
                end: at?.end ?? range[1],
            });
        }
        if (depth > LIMITS.maxDepth) {
            report({ ruleId: 'yaml/limit', message: `nesting deeper than ${LIMITS.maxDepth} levels`, start: range[0], end: range[1] });
            return undefined;
        }
        if (isScalar(node)) {
            const value = node.value;
            if (typeof value === 'string') {
                if (value.length > LIMITS.maxScalarChars) {
                    report({ ruleId: 'yaml/limit', message: `text longer than ${LIMITS.maxScalarChars} characters`, start: range[0], end: range[1] });
                }
                // Escapes such as "\e" or "\u202e" are legal YAML but smuggle control characters into values.
                const bad = forbiddenCharacters(value)[0];
                if (bad)
                    report({
                        ruleId: 'yaml/encoding',
                        message: `${describeCharacter(bad.char)} is not allowed in a value`,
                        start: range[0],
                        end: range[1],
                    });
            }
            if (typeof value === 'number' && !Number.isFinite(value))
                return String(node.source ?? value);
            return value;
        }
        if (isSeq(node))
            return node.items.map((item) => visit(item, depth + 1));
        if (isMap(node)) {
            const object = {};
            const seen = new Map();
            for (const pair of node.items) {
                if (!isPair(pair))
                    continue;
                const keyNode = pair.key;
                const key = isScalar(keyNode) ? String(keyNode.value) : '';
                const keyRange = keyNode?.range ?? range;
                const first = seen.get(key);
                if (first !== undefined) {
                    report({ ruleId: 'yaml/duplicate-key', message: `duplicate key "${key}"`, start: keyRange[0], end: keyRange[1], firstAt: first });
                    continue;
                }
                seen.set(key, keyRange[0]);
                if (keyNode)
                    visit(keyNode, depth + 1);
                const value = visit(pair.value, depth + 1);
                // defineProperty keeps a "__proto__" key an own data property instead of a prototype change.
                Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
            }
            return object;
        }
        return undefined;
    };
    const value = visit(root, 0);
    if (reuse && reuse.more > 0)
        reuse.problem.message += ` (and ${reuse.more} more anchor${reuse.more === 1 ? '' : 's'} or alias${reuse.more === 1 ? '' : 'es'} in this document)`;
    return problems.length > before ? undefined : value;
}
/**
 * Where a node's anchor or tag is written: node ranges start after their properties (`&a !!str value`),
 * and a finding about the property should point at the property.
 */
function propertySpan(text, nodeStart, wanted) {
    const from = Math.max(0, nodeStart - 1024);
    const properties = /(?:[&!][^\s,[\]{}]*\s+)+$/.exec(text.slice(from, nodeStart));
    if (!properties)
        return undefined;
    const pattern = /[&!][^\s,[\]{}]*/g;
    for (let match = pattern.exec(properties[0]); match; match = pattern.exec(properties[0])) {
        if (!wanted(match[0]))
            continue;
        const start = from + properties.index + match.index;
        return { start, end: start + match[0].length };
    }
    return undefined;
}
