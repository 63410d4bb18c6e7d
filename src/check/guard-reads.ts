import { fieldTree, type FieldTree } from '../model/fields.js';
import { RECORD_KINDS, type LoadedRecord, type RecordKind } from '../model/records.js';
import { fieldsReadBy } from './reads.js';
import type { Rule } from './rule.js';
import { FILE_BEHIND, type VerifyContext } from './verify-context.js';

/** Keys a caller may probe on any object without reading a field (promise checks, serialisation). */
const NEUTRAL_KEYS = new Set(['then', 'toJSON']);

/**
 * Runs `check` with every record's value replaced by a view that throws on any field the rule did not
 * declare (check/rule.ts, `reads`), then puts the values back; `check` is given a verify context that
 * throws on any part behind a file the rule did not declare. Records keep their identity, so maps keyed
 * by record still work. Used under test (CLAIMS_STRICT_READS=1): in real runs a rule that reads an
 * undeclared field reads `undefined` from the stage's view, and one that uses an undeclared file is
 * right only while another rule declares it: both silently.
 */
export function withGuardedReads(
  rule: Rule,
  records: readonly LoadedRecord[],
  verify: VerifyContext | undefined,
  check: (verify: VerifyContext | undefined) => void,
): void {
  const declared = fieldsReadBy(rule);
  const trees = new Map<RecordKind, FieldTree>();
  for (const kind of RECORD_KINDS) trees.set(kind, fieldTree(declared[kind] ?? []));
  const originals = records.map((record) => record.value);
  records.forEach((record) => {
    record.value = guard(record.value, trees.get(record.kind)!, `${rule.id} read ${record.kind}`) as LoadedRecord['value'];
  });
  try {
    check(verify && guardFiles(verify, rule));
  } finally {
    records.forEach((record, index) => {
      record.value = originals[index]!;
    });
  }
}

function guard(value: unknown, tree: FieldTree, path: string): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return new Proxy(value, {
    get(target, key, receiver) {
      const read = Reflect.get(target, key, receiver);
      if (typeof key === 'symbol') return read;
      if (Array.isArray(target)) {
        if (!/^\d+$/.test(key)) return read;
        const items = tree.get('[]');
        if (items === undefined) throw undeclared(`${path}[]`);
        return items === true ? read : guard(read, items, `${path}[]`);
      }
      const child = tree.get(key);
      if (child === undefined) {
        if (NEUTRAL_KEYS.has(key)) return read;
        throw undeclared(`${path}.${key}`);
      }
      return child === true ? read : guard(read, child, `${path}.${key}`);
    },
    has(target, key) {
      if (typeof key === 'string' && !Array.isArray(target) && !tree.has(key)) throw undeclared(`${path}.${key}`);
      return Reflect.has(target, key);
    },
  });
}

function guardFiles(verify: VerifyContext, rule: Rule): VerifyContext {
  const declared = new Set(rule.reads.files ?? []);
  return new Proxy(verify, {
    get(target, key, receiver) {
      const needs = typeof key === 'string' ? FILE_BEHIND[key as keyof typeof FILE_BEHIND] : undefined;
      if (needs !== undefined && !declared.has(needs)) {
        throw new Error(
          `${rule.id} used verify.${String(key)} without declaring the file it comes from: add '${needs}' to the rule's \`reads.files\``,
        );
      }
      return Reflect.get(target, key, receiver);
    },
  });
}

function undeclared(path: string): Error {
  return new Error(`${path.replace(' read ', ' read the undeclared field ')}: add it to the rule's \`reads\``);
}
