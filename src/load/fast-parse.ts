import { constructFromEvents, CORE_SCHEMA, EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event } from 'js-yaml';
import { forbiddenCharacters } from './decode.js';
import { LIMITS } from './limits.js';

/**
 * The common path: js-yaml's event parser (several times faster than the `yaml` package) for files
 * that use only the plain subset of YAML claim records need. Anything outside that subset — anchors,
 * aliases, tags, directives, complex keys, duplicate keys, deep nesting, huge or escaped control
 * characters, non-finite numbers, or any parse error — returns undefined, and the file goes to the full
 * parser (`parse-yaml.ts`), which produces the located diagnostics. Both read YAML 1.2 with the core
 * schema; test/load/parser-agreement.test.ts proves they agree on every file this path accepts.
 */
export function fastParse(text: string): unknown[] | undefined {
  // A lone CR is a line break to js-yaml but not to the full parser; js-yaml also lets a tab start a
  // line that the full parser rejects as tab indentation, skips unknown directives, and takes an indented
  // `---` for a document marker. All go to the full parser, which reads them by the spec.
  if (forbiddenCharacters(text).length > 0 || /\r(?!\n)|^ *\t|^%|^[ \t]+(?:---|\.\.\.)(?:[ \t]|$)/m.test(text)) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: LIMITS.maxDepth });
  } catch {
    return undefined;
  }
  if (!plainSubset(text, events)) return undefined;
  let documents: unknown[];
  try {
    documents = constructFromEvents(events, { source: text, schema: CORE_SCHEMA, json: false, maxAliases: 0 });
  } catch {
    return undefined;
  }
  return documents.every(finiteEverywhere) ? documents : undefined;
}

const PLAIN_KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** One pass over the events: true when nothing in them needs the full parser. */
function plainSubset(text: string, events: readonly Event[]): boolean {
  let nodes = 0;
  // For each open collection: is it a mapping, and is the next child a key?
  const mappings: boolean[] = [];
  const expectingKey: boolean[] = [];
  for (const event of events) {
    const depth = mappings.length;
    const isKey = depth > 0 && mappings[depth - 1] === true && expectingKey[depth - 1] === true;
    if (depth > 0 && mappings[depth - 1] && event.type !== EVENT_ID.POP) expectingKey[depth - 1] = !expectingKey[depth - 1];
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        if (event.directives.length > 0) return false;
        nodes = 0;
        mappings.push(false);
        expectingKey.push(false);
        break;
      case EVENT_ID.ALIAS:
        return false;
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING:
        if (isKey || event.anchorStart !== -1 || event.tagStart !== -1 || ++nodes > LIMITS.maxNodes) return false;
        mappings.push(event.type === EVENT_ID.MAPPING);
        expectingKey.push(true);
        break;
      case EVENT_ID.SCALAR:
        if (event.anchorStart !== -1 || event.tagStart !== -1 || ++nodes > LIMITS.maxNodes) return false;
        // Plain keys other than names (empty, null, numbers, booleans) are turned into strings differently by the two parsers.
        if (isKey && event.style === SCALAR_STYLE.PLAIN && !PLAIN_KEY.test(text.slice(event.valueStart, event.valueEnd))) return false;
        if (event.valueEnd - event.valueStart > LIMITS.maxScalarChars) return false;
        // Only double-quoted scalars have escapes that can smuggle control characters past the file check.
        if (event.style === SCALAR_STYLE.DOUBLE_QUOTED && forbiddenCharacters(getScalarValue(text, event)).length > 0) return false;
        break;
      case EVENT_ID.POP:
        mappings.pop();
        expectingKey.pop();
        break;
    }
  }
  return true;
}

function finiteEverywhere(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(finiteEverywhere);
  if (typeof value === 'object' && value !== null) return Object.values(value).every(finiteEverywhere);
  return true;
}
