import { isDeepStrictEqual } from 'node:util';
import { parseYamlText } from '../load/parse-yaml.js';
import { recordYaml, unwritableValues } from './record-yaml.js';

/** A record cannot be appended as asked; nothing is written. */
export class AppendError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AppendError';
  }
}

/**
 * A record as one YAML document, written by the `yaml` package through recordYaml (never by hand, so
 * any text in it round-trips: quotes, `: `, `#`, line breaks, emoji; and safe to print). Throws
 * AppendError for text the loader would refuse (control and bidi characters, over-long values).
 */
export function recordText(record: Readonly<Record<string, unknown>>): string {
  const [problem] = unwritableValues(record);
  if (problem) throw new AppendError(problem);
  return recordYaml(record);
}

/** Whether the last line that is neither blank nor a comment is a bare `---` (a document start with nothing after it yet). */
function endsWithOpenDocument(text: string): boolean {
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (/^\s*(#.*)?$/.test(line)) continue;
    return /^---[ \t]*(#.*)?$/.test(line);
  }
  return false;
}

/**
 * `existing` (a file's text, or undefined for a new file) with `document` appended as one more YAML
 * document: everything before it is kept byte for byte; a line break is added if the text does not end
 * with one, and a `---` separator unless the file holds nothing but blanks and comments or already ends
 * with an open `---`. The document takes the file's line breaks (CRLF or LF).
 */
export function appendDocument(existing: string | undefined, document: string): string {
  if (existing === undefined || existing.trim() === '') return (existing ?? '') + document;
  const crlf = existing.includes('\r\n');
  const eol = crlf ? '\r\n' : '\n';
  const ended = /[\r\n]$/.test(existing) ? existing : existing + eol;
  const hasContent = existing.split(/\r\n|\n|\r/).some((line) => !/^\s*(#.*)?$/.test(line));
  const separator = hasContent && !endsWithOpenDocument(existing) ? `---${eol}` : '';
  const body = crlf ? document.replace(/\r?\n/g, '\r\n') : document;
  return ended + separator + body;
}

/** The values of the documents of a YAML text, empty documents left out; undefined when the text has problems. */
function documentValues(text: string): unknown[] | undefined {
  const parsed = parseYamlText(text);
  if (parsed.problems.length > 0) return undefined;
  return parsed.documents.map((document) => document.value).filter((value) => value !== undefined && value !== null);
}

/**
 * A file's text with `records` appended as its last documents, in order (see appendDocument), checked by
 * parsing the result once as `claims validate` does: every earlier record reads as before and the new
 * ones read as `records`. Throws AppendError when the file does not parse now, or would not after.
 */
export function appendRecords(
  existing: string | undefined,
  records: readonly Readonly<Record<string, unknown>>[],
  texts: readonly string[] = records.map(recordText),
): string {
  const before = existing === undefined ? [] : documentValues(existing);
  if (before === undefined) throw new AppendError('the file does not parse as YAML; run `claims validate` and fix it first');
  // One document text for all of them: appending one at a time would re-scan the growing file each time.
  const next = records.length === 0 ? existing : appendDocument(existing, texts.join('---\n'));
  const after = next === undefined ? [] : documentValues(next);
  // JSON round trip: the records as plain data, as the parser returns them (no undefined fields).
  const expected = [...before, ...records.map((record) => JSON.parse(JSON.stringify(record)) as unknown)];
  if (!after || !isDeepStrictEqual(after, expected))
    throw new AppendError('the file would not read back as before plus the new records; add them by hand');
  return next ?? '';
}
