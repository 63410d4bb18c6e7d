import path from 'node:path';
import type { Finding } from '../model/diagnostic.js';
import { loaderFinding } from './loader-finding.js';
import { RECORD_KINDS, type LoadedRecord, type RecordKind, type RecordOfKind } from '../model/records.js';
import { decodeUtf8 } from './decode.js';
import { LIMITS } from './limits.js';
import { parseYamlText, type ParsedFile } from './parse-yaml.js';
import { fastParse } from './fast-parse.js';
import { absolutePath } from './root.js';
import { readRegularFile } from './safe-read.js';
import { TextIndex } from './text-index.js';

export interface LoadedFiles {
  /** Every file checked, repository-relative, sorted. */
  files: string[];
  records: LoadedRecord[];
  findings: Finding[];
}

/**
 * Reads and parses one file, named as in the repository; its records and findings hold that very
 * string. A file that cannot be read or parsed becomes findings, never an abort.
 */
export function loadRecordFile(root: string, file: string): LoadedFiles & { bytes: number } {
  const result: LoadedFiles & { bytes: number } = { files: [file], records: [], findings: [], bytes: 0 };
  loadOne(absolutePath(root, file), file, result);
  return result;
}

const FILE_START = { line: 1, column: 1 };
const FILE_START_END = { line: 1, column: 2 };

function loadOne(absolute: string, file: string, result: LoadedFiles & { bytes: number }): void {
  const read = readRegularFile(absolute, LIMITS.maxRecordFileBytes);
  if (read.ok) result.bytes += read.bytes.length;
  if (!read.ok) {
    const ruleId = read.code === 'too-large' ? 'yaml/limit' : 'yaml/syntax';
    result.findings.push(loaderFinding(ruleId, `cannot load: ${read.reason}`, { file, start: FILE_START, end: FILE_START_END }));
    return;
  }
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok) {
    result.findings.push(
      loaderFinding('yaml/encoding', decoded.problem.message, { file, start: decoded.problem.start, end: decoded.problem.end }),
    );
    return;
  }
  const parsed = parseFast(decoded.text) ?? parseYamlText(decoded.text);
  if (parsed.problems.length > 0) {
    const index = new TextIndex(decoded.text);
    for (const problem of parsed.problems) {
      const first = problem.firstAt === undefined ? '' : ` (first defined at ${formatPosition(index.positionAt(problem.firstAt))})`;
      const start = index.positionAt(problem.start);
      let end = index.positionAt(Math.max(problem.end, problem.start + 1));
      // At the very end of the file there is no character left to cover; keep the range one column wide.
      if (end.line === start.line && end.column <= start.column) end = { line: start.line, column: start.column + 1 };
      result.findings.push(loaderFinding(problem.ruleId, problem.message + first, { file, start, end }));
    }
  }
  let records = 0;
  parsed.documents.forEach((document, docIndex) => {
    const { value } = document;
    if (value === undefined) return;
    if (value === null) return;
    records++;
    const record = toRecord(value, file, docIndex, document.standalone, result.findings);
    if (record) result.records.push(record);
  });
  if (records === 0 && parsed.problems.length === 0) {
    result.findings.push(
      loaderFinding('schema', 'file holds no records; expected at least one Story, Source, Claim or Evidence', {
        file,
        start: FILE_START,
        end: FILE_START_END,
      }),
    );
  }
}

function formatPosition(position: { line: number; column: number }): string {
  return `${position.line}:${position.column}`;
}

function toRecord(
  value: unknown,
  file: string,
  docIndex: number,
  standalone: LoadedRecord['standalone'],
  findings: Finding[],
): LoadedRecord | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const found = Array.isArray(value) ? 'a list' : `a ${typeof value === 'string' ? 'text' : typeof value} value`;
    findings.push(
      loaderFinding('schema', `a record must be a mapping with apiVersion, kind and id; found ${found}`, {
        file,
        docIndex,
        pointer: '',
        part: 'value',
      }),
    );
    return undefined;
  }
  const fields = value as Record<string, unknown>;
  const kind = fields.kind;
  const id = typeof fields.id === 'string' ? fields.id : undefined;
  if (!RECORD_KINDS.includes(kind as RecordKind)) {
    const message =
      kind === undefined
        ? `missing required field "kind" (one of: ${RECORD_KINDS.join(', ')})`
        : `kind must be one of: ${RECORD_KINDS.join(', ')}`;
    findings.push(
      loaderFinding('schema', message, {
        file,
        docIndex,
        pointer: kind === undefined ? '' : '/kind',
        part: kind === undefined ? 'key' : 'value',
      }),
    );
    return undefined;
  }
  // The catalogue's own string, not the parser's copy: one per kind instead of one per record.
  const record: LoadedRecord = {
    kind: RECORD_KINDS.find((known) => known === kind)!,
    id,
    value: value as RecordOfKind[RecordKind],
    file,
    docIndex,
    valid: false,
  };
  if (standalone) record.standalone = standalone;
  return record;
}

/** Directory of a record's file, absolute, for resolving the paths the record names. */
export function recordDirectory(root: string, record: LoadedRecord): string {
  return path.dirname(absolutePath(root, record.file));
}

/** The common path (fast-parse.ts); undefined sends the file to the full parser for its diagnostics. */
function parseFast(text: string): ParsedFile | undefined {
  const documents = fastParse(text);
  return (
    documents && {
      documents: documents.map(({ value, standalone }) => ({ value, start: standalone.start, end: standalone.end, standalone })),
      problems: [],
    }
  );
}
