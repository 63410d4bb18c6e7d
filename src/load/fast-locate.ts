import yaml from 'js-yaml';
import type { Part } from '../model/diagnostic.js';
import { locateIn, type Locator, type MapEntry, type Span, type SpanNode } from './locate.js';

/** What js-yaml's loader state shows a listener (its type declarations do not list these). */
interface LoaderState {
  position: number;
  kind: 'mapping' | 'sequence' | 'scalar' | null;
  result: unknown;
}

interface OpenNode {
  openedAt: number;
  children: (SpanNode | undefined)[];
  /** Scalar results of the children, which name a mapping's keys. */
  results: unknown[];
}

/**
 * Locates in a document the fast path read (fast-parse.ts), with js-yaml's node events instead of
 * the `yaml` package's documents: several times faster, and a fraction of the garbage, which at scale
 * is what grows the heap. test/load/parser-agreement.test.ts proves it finds every key and value of
 * every corpus exactly where YamlLocator does. Returns undefined where the two could differ, and
 * YamlLocator is used: an empty list item or flow entry has no event of its own, and a block mapping
 * ending in an empty value or a `|+` scalar ends where only the `yaml` package's own rules say.
 */
export function fastLocator(text: string): Locator | undefined {
  const open: OpenNode[] = [{ openedAt: 0, children: [], results: [] }];
  let faithful = true;
  try {
    yaml.loadAll(text, null, {
      schema: yaml.CORE_SCHEMA,
      listener: (event, raw) => {
        const state = raw as unknown as LoaderState;
        if (event === 'open') {
          open.push({ openedAt: state.position, children: [], results: [] });
          return;
        }
        const node = open.pop()!;
        const parent = open[open.length - 1]!;
        const built = spanNode(text, node, state);
        if (built === null) faithful = false;
        parent.children.push(built ?? undefined);
        parent.results.push(state.result);
      },
    });
  } catch {
    return undefined;
  }
  if (!faithful) return undefined;
  const documents = open[0]!.children;
  return {
    locate(docIndex: number, pointer: string, part: Part): Span {
      const root = documents[docIndex];
      return root ? locateIn(text, root, root, pointer, part) : { start: 0, end: 0 };
    },
  };
}

/** The node just closed; undefined for an empty one (no text), null when its children do not match its value. */
function spanNode(text: string, node: OpenNode, state: LoaderState): SpanNode | undefined | null {
  const start = skipSeparation(text, node.openedAt);
  if (state.kind === null || state.position <= start) return undefined;
  if (state.kind === 'scalar') return scalarNode(text, start, state.position);
  const flow = text[start] === '[' || text[start] === '{';
  // Before a `---` line the loader tries one more key, and finds an empty node.
  const expected =
    state.kind === 'sequence' ? (Array.isArray(state.result) ? state.result.length : -1) : Object.keys(state.result as object).length * 2;
  if (node.children.length === expected + 1 && node.children.at(-1) === undefined) node.children.pop();
  if (node.children.length !== expected) return null;
  if (state.kind === 'sequence') {
    return {
      kind: 'seq',
      start,
      end: flow ? trimEnd(text, start, state.position) : (node.children.at(-1)?.end ?? start),
      items: node.children,
    };
  }
  const entries: MapEntry[] = [];
  for (let i = 0; i < node.children.length; i += 2) {
    const key = node.results[i];
    entries.push({ key: typeof key === 'string' ? key : undefined, keyNode: node.children[i], value: node.children[i + 1] });
  }
  const last = entries.at(-1);
  // A block mapping's last value sets where it ends; when that value is empty, the `yaml` package's end
  // takes in what follows (spaces, comments), which YamlLocator reproduces.
  if (!flow && last && !last.value) return null;
  return { kind: 'map', start, end: flow ? trimEnd(text, start, state.position) : (last?.value?.end ?? start), entries };
}

/**
 * A scalar ends at its last character, except a block scalar (`|`, `>`), which the `yaml` package ends
 * after the line break of its last line. Keeping its trailing blank lines (`|+`) is left to YamlLocator.
 */
function scalarNode(text: string, start: number, position: number): SpanNode | null {
  let end = trimEnd(text, start, position);
  if (text[start] !== '|' && text[start] !== '>') return { kind: 'scalar', start, end };
  if (/^[|>][1-9-]*\+/.test(text.slice(start, start + 3))) return null;
  while (text[end] === ' ' || text[end] === '\t') end++;
  if (text.startsWith('\r\n', end)) end += 2;
  else if (text[end] === '\n') end++;
  return { kind: 'scalar', start, end };
}

/** Skips the spaces, line breaks and comments the loader passes over before a node starts. */
function skipSeparation(text: string, at: number): number {
  let position = at;
  for (;;) {
    const char = text[position];
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') position++;
    else if (char === '#') {
      while (position < text.length && text[position] !== '\n' && text[position] !== '\r') position++;
    } else return position;
  }
}

/** Where a node's text ends: the loader may stop after the spaces and line breaks that follow it
 * (YAML white space only: a no-break space is text). */
function trimEnd(text: string, start: number, position: number): number {
  let end = position;
  while (end > start && /[ \t\r\n]/.test(text[end - 1]!)) end--;
  return end;
}
