import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node, type ParsedNode } from 'yaml';
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
} as const;

export type YamlRuleId = 'yaml/syntax' | 'yaml/duplicate-key' | 'yaml/encoding' | 'yaml/limit' | 'yaml/unsupported';

/** A problem found while parsing, located by UTF-16 offsets in the file text. */
export interface ParseProblem {
  ruleId: YamlRuleId;
  message: string;
  start: number;
  end: number;
  /** For a duplicate key, where the key was first defined. */
  firstAt?: number;
}

export interface ParsedDocument {
  /** Plain JSON-like value; undefined when the document had problems or was empty. */
  value: unknown;
  /** Offsets of the document's content, for messages about the record as a whole. */
  start: number;
  end: number;
}

export interface ParsedFile {
  documents: ParsedDocument[];
  problems: ParseProblem[];
}

/** Parses every YAML document of a file into plain values, or located problems; never throws. */
export function parseYamlText(text: string): ParsedFile {
  const problems = prescanLines(text);
  if (problems.length > 0) return { documents: [], problems };
  problems.push(...charactersProblems(text));
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, YAML_OPTIONS) as Document.Parsed[];
  } catch (error) {
    // The CST parser recurses on deep dedents and can overflow the stack without a position.
    const message = error instanceof RangeError ? 'nesting too deep to parse' : `could not parse: ${String(error)}`;
    return { documents: [], problems: [{ ruleId: 'yaml/limit', message, start: 0, end: 0 }] };
  }
  if (!Array.isArray(docs)) docs = [docs as Document.Parsed];
  if (docs.length > LIMITS.maxDocuments) {
    return { documents: [], problems: [{ ruleId: 'yaml/limit', message: `more than ${LIMITS.maxDocuments} documents in one file`, start: 0, end: 0 }] };
  }
  const documents: ParsedDocument[] = [];
  for (const doc of docs) {
    const docProblems = documentProblems(doc);
    const start = doc.contents?.range[0] ?? doc.range[0];
    const end = doc.contents?.range[1] ?? doc.range[1];
    if (docProblems.length > 0 || problems.length > 0) {
      problems.push(...docProblems);
      documents.push({ value: undefined, start, end });
      continue;
    }
    const built = buildValue(doc.contents, problems);
    documents.push({ value: built, start, end });
  }
  return { documents, problems };
}

/** Cheap line checks that stop the parser's recursion before it starts (hostile-input finding A). */
function prescanLines(text: string): ParseProblem[] {
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let i = lineStart;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    if (i - lineStart > LIMITS.maxIndent) {
      return [{ ruleId: 'yaml/limit', message: `indentation deeper than ${LIMITS.maxIndent} columns`, start: lineStart, end: i }];
    }
    let indicators = 0;
    while (i + 1 < lineEnd + 1 && (text[i] === '-' || text[i] === '?') && (text[i + 1] === ' ' || i + 1 === lineEnd)) {
      indicators++;
      i += 2;
      while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    }
    if (indicators > LIMITS.maxCompactIndicators) {
      return [{ ruleId: 'yaml/limit', message: `more than ${LIMITS.maxCompactIndicators} nested "- " or "? " indicators on one line`, start: lineStart, end: i }];
    }
    lineStart = lineEnd + 1;
  }
  return [];
}

function charactersProblems(text: string): ParseProblem[] {
  return forbiddenCharacters(text)
    .slice(0, 20)
    .map(({ offset, char }) => ({ ruleId: 'yaml/encoding' as const, message: `${describeCharacter(char)} is not allowed in a claims file`, start: offset, end: offset + char.length }));
}

function documentProblems(doc: Document.Parsed): ParseProblem[] {
  const problems: ParseProblem[] = [];
  for (const error of doc.errors.slice(0, 20)) {
    problems.push({ ruleId: 'yaml/syntax', message: yamlMessage(error.message), start: error.pos[0], end: Math.max(error.pos[1], error.pos[0] + 1) });
  }
  for (const warning of doc.warnings.slice(0, 20)) {
    const unsupported = warning.code === 'TAG_RESOLVE_FAILED' || warning.code === 'BAD_DIRECTIVE';
    problems.push({ ruleId: unsupported ? 'yaml/unsupported' : 'yaml/syntax', message: yamlMessage(warning.message), start: warning.pos[0], end: Math.max(warning.pos[1], warning.pos[0] + 1) });
  }
  const version = doc.directives?.yaml.explicit ? doc.directives.yaml.version : undefined;
  if (version !== undefined && version !== '1.2') {
    problems.push({ ruleId: 'yaml/unsupported', message: `%YAML ${version} directive: claims files are YAML 1.2; remove the directive`, start: doc.range[0], end: doc.range[0] + 1 });
  }
  return problems;
}

/** The parser's message without its trailing position, which our diagnostic already carries. */
function yamlMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
}

/**
 * Builds the plain value of a document while rejecting what claim records never need and what makes
 * the `yaml` package slow or unsafe: anchors, aliases, tags, duplicate keys, deep nesting, huge scalars.
 */
function buildValue(root: ParsedNode | null, problems: ParseProblem[]): unknown {
  let nodes = 0;
  const before = problems.length;
  const visit = (node: Node | null, depth: number): unknown => {
    if (node === null) return null;
    nodes++;
    const range = node.range ?? [0, 0, 0];
    if (nodes > LIMITS.maxNodes) {
      if (nodes === LIMITS.maxNodes + 1) problems.push({ ruleId: 'yaml/limit', message: `more than ${LIMITS.maxNodes} values in one file`, start: range[0], end: range[1] });
      return undefined;
    }
    if (isAlias(node)) {
      problems.push({ ruleId: 'yaml/unsupported', message: `alias *${node.source} is not allowed in claims files; write the value out`, start: range[0], end: range[1] });
      return undefined;
    }
    if (node.anchor) {
      problems.push({ ruleId: 'yaml/unsupported', message: `anchor &${node.anchor} is not allowed in claims files`, start: range[0], end: range[1] });
    }
    if (node.tag) {
      problems.push({ ruleId: 'yaml/unsupported', message: `tag ${node.tag} is not allowed in claims files`, start: range[0], end: range[1] });
    }
    if (depth > LIMITS.maxDepth) {
      problems.push({ ruleId: 'yaml/limit', message: `nesting deeper than ${LIMITS.maxDepth} levels`, start: range[0], end: range[1] });
      return undefined;
    }
    if (isScalar(node)) {
      const value = node.value;
      if (typeof value === 'string') {
        if (value.length > LIMITS.maxScalarChars) {
          problems.push({ ruleId: 'yaml/limit', message: `text longer than ${LIMITS.maxScalarChars} characters`, start: range[0], end: range[1] });
        }
        // Escapes such as "\e" or "\u202e" are legal YAML but smuggle control characters into values.
        const bad = forbiddenCharacters(value)[0];
        if (bad) problems.push({ ruleId: 'yaml/encoding', message: `${describeCharacter(bad.char)} is not allowed in a value`, start: range[0], end: range[1] });
      }
      if (typeof value === 'number' && !Number.isFinite(value)) return String(node.source ?? value);
      return value;
    }
    if (isSeq(node)) return node.items.map((item) => visit(item as Node, depth + 1));
    if (isMap(node)) {
      const object: Record<string, unknown> = {};
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const key = isScalar(keyNode) ? String(keyNode.value) : '';
        const keyRange = keyNode?.range ?? range;
        const first = seen.get(key);
        if (first !== undefined) {
          problems.push({ ruleId: 'yaml/duplicate-key', message: `duplicate key "${key}"`, start: keyRange[0], end: keyRange[1], firstAt: first });
          continue;
        }
        seen.set(key, keyRange[0]);
        if (keyNode) visit(keyNode, depth + 1);
        const value = visit(pair.value as Node | null, depth + 1);
        // defineProperty keeps a "__proto__" key an own data property instead of a prototype change.
        Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      }
      return object;
    }
    return undefined;
  };
  const value = visit(root, 0);
  return problems.length > before ? undefined : value;
}
