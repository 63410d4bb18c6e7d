import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import { pointerSegments } from '../model/pointer.js';
import { YAML_OPTIONS } from './parse-yaml.js';

import type { Part } from '../model/diagnostic.js';

export interface Span {
  start: number;
  end: number;
}

/**
 * A parsed YAML node reduced to what locating needs: where it starts and where its value ends (offsets
 * into the text), and its children. Both parsers' trees are turned into this one shape, so the rules for
 * where a finding points are written once (`locateIn`).
 */
export type SpanNode =
  ({ kind: 'map'; entries: MapEntry[] } & Span) | ({ kind: 'seq'; items: (SpanNode | undefined)[] } & Span) | ({ kind: 'scalar' } & Span);

export interface MapEntry {
  /** The key's text when it is a scalar; undefined for a complex key, which no pointer can name. */
  key: string | undefined;
  /** Undefined for an empty key. */
  keyNode: SpanNode | undefined;
  /** Undefined when the entry has no value (`review:` with nothing after it). */
  value: SpanNode | undefined;
}

/** Locates values in one YAML text, by document index and JSON pointer. */
export interface Locator {
  locate(docIndex: number, pointer: string, part: Part): Span;
}

/**
 * Finds the YAML source span of the value at a JSON pointer in one document's tree. When the pointer
 * goes past what exists (a missing field), the deepest existing node is returned; an entry without a
 * value is shown by its key; a collection by its first line.
 */
export function locateIn(text: string, root: SpanNode | undefined, documentSpan: Span, pointer: string, part: Part): Span {
  let node = root;
  let keyNode: SpanNode | undefined;
  for (const segment of pointerSegments(pointer)) {
    if (node?.kind === 'map') {
      const entry = node.entries.find((candidate) => candidate.key === segment);
      if (!entry) break;
      keyNode = entry.keyNode;
      if (!entry.value) {
        node = keyNode;
        break;
      }
      node = entry.value;
    } else if (node?.kind === 'seq') {
      const item = node.items[Number(segment)];
      if (!item) break;
      keyNode = undefined;
      node = item;
    } else {
      break;
    }
  }
  const target = part === 'key' && keyNode ? keyNode : node;
  if (!target) return documentSpan;
  return firstLineOf(text, target, part);
}

/** A whole mapping or sequence is reported at its first line only, so the range stays readable. */
function firstLineOf(text: string, node: SpanNode, part: Part): Span {
  const { start, end } = node;
  if (node.kind === 'scalar') return { start, end: Math.max(end, start) };
  if (part === 'key') {
    const first = node.kind === 'map' ? node.entries[0]?.keyNode : node.items[0];
    if (first) return { start: first.start, end: first.end };
  }
  // A block collection's range runs past its last line break; stop at the end of its first line.
  const lineBreak = text.slice(start, end).search(/\r?\n|\r/);
  let lineEnd = lineBreak === -1 ? end : start + lineBreak;
  while (lineEnd > start + 1 && /\s/.test(text[lineEnd - 1] ?? '')) lineEnd--;
  return { start, end: lineEnd };
}

/**
 * Locates with the `yaml` package, which reads every YAML file the loader accepts. Records are kept as
 * plain values, so this re-parses; it runs only for files that have findings (see also fast-locate.ts).
 */
export class YamlLocator implements Locator {
  private readonly docs: { root: SpanNode | undefined; span: Span }[];

  constructor(private readonly text: string) {
    let docs: Document.Parsed[] = [];
    try {
      docs = parseAllDocuments(text, YAML_OPTIONS) as Document.Parsed[];
    } catch {
      docs = [];
    }
    this.docs = (Array.isArray(docs) ? docs : []).map((doc) => ({
      root: spanTree(doc.contents as Node | null),
      span: { start: doc.range[0], end: doc.range[1] },
    }));
  }

  locate(docIndex: number, pointer: string, part: Part): Span {
    const doc = this.docs[docIndex];
    if (!doc) return { start: 0, end: 0 };
    return locateIn(this.text, doc.root, doc.span, pointer, part);
  }
}

function spanTree(node: Node | null | undefined): SpanNode | undefined {
  if (!node?.range) return undefined;
  const [start, end] = node.range;
  if (isMap(node)) {
    const entries = node.items.filter(isPair).map((pair): MapEntry => {
      const value = pair.value as Node | null;
      // `review:` with nothing after it has an empty value node; the key is what a reader can see.
      const empty = value === null || (isScalar(value) && value.range?.[0] === value.range?.[1]);
      return {
        key: isScalar(pair.key) ? String(pair.key.value) : undefined,
        keyNode: spanTree(pair.key as Node | null),
        value: empty ? undefined : spanTree(value),
      };
    });
    return { kind: 'map', start, end, entries };
  }
  if (isSeq(node)) return { kind: 'seq', start, end, items: node.items.map((item) => spanTree(item as Node | null)) };
  return { kind: 'scalar', start, end };
}
