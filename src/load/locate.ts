import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import { YAML_OPTIONS } from './parse-yaml.js';

/** Which part of a mapping entry a finding concerns: its key (unknown field) or its value (bad enum). */
export type Part = 'key' | 'value';

export interface Span {
  start: number;
  end: number;
}

/** Splits a JSON pointer into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function joinPointer(segments: readonly (string | number)[]): string {
  return segments.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/**
 * Finds the YAML source span of the value at a JSON pointer. Records are kept as plain values, so this
 * re-parses the file; it runs only for files that have findings, which keeps memory flat on big archives.
 * When the pointer goes past what exists (a missing field), the deepest existing node is returned.
 */
export class YamlLocator {
  private readonly docs: Document.Parsed[];

  constructor(private readonly text: string) {
    let docs: Document.Parsed[] = [];
    try {
      docs = parseAllDocuments(text, YAML_OPTIONS) as Document.Parsed[];
    } catch {
      docs = [];
    }
    this.docs = Array.isArray(docs) ? docs : [];
  }

  locate(docIndex: number, pointer: string, part: Part): Span {
    const doc = this.docs[docIndex];
    if (!doc) return { start: 0, end: 0 };
    let node: Node | null = doc.contents as Node | null;
    let keyNode: Node | null = null;
    for (const segment of pointerSegments(pointer)) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment);
        if (!pair) break;
        keyNode = pair.key as Node;
        node = pair.value as Node | null;
        // `review:` with nothing after it has an empty value node; the key is what a reader can see.
        if (node === null || (isScalar(node) && node.range && node.range[0] === node.range[1])) {
          node = keyNode;
          break;
        }
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)] as Node | undefined;
        if (!item) break;
        keyNode = null;
        node = item;
      } else {
        break;
      }
    }
    const target = part === 'key' && keyNode ? keyNode : node;
    const range = target?.range ?? doc.range;
    return firstLineOf(this.text, range[0], range[1], target, part);
  }
}

/** A whole mapping or sequence is reported at its first line only, so the range stays readable. */
function firstLineOf(text: string, start: number, end: number, node: Node | null, part: Part): Span {
  if (node && (isMap(node) || isSeq(node)) && part === 'key') {
    const first = node.items[0];
    const firstNode = (isPair(first) ? first.key : first) as Node | undefined;
    const firstRange = firstNode?.range;
    if (firstRange) return { start: firstRange[0], end: firstRange[1] };
  }
  if (node && (isMap(node) || isSeq(node))) {
    // A block collection's range runs past its last line break; stop at the end of its first line.
    const lineBreak = text.slice(start, end).search(/\r?\n|\r/);
    let lineEnd = lineBreak === -1 ? end : start + lineBreak;
    while (lineEnd > start + 1 && /\s/.test(text[lineEnd - 1] ?? '')) lineEnd--;
    return { start, end: lineEnd };
  }
  return { start, end: Math.max(end, start) };
}
