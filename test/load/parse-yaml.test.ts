import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../src/load/parse-yaml.js';

describe('parseYamlText', () => {
  it('keeps YAML 1.2 core scalars as the core schema reads them', () => {
    const { documents, problems } = parseYamlText('status: no\ndate: 2025-11-26\nn: 012\n');
    expect(problems).toEqual([]);
    expect(documents[0]?.value).toEqual({ status: 'no', date: '2025-11-26', n: 12 });
  });

  it('reports a duplicate key at the second occurrence with the first position', () => {
    const { problems } = parseYamlText('id: a\nstatus: x\nstatus: y\n');
    expect(problems).toEqual([{ ruleId: 'yaml/duplicate-key', message: 'duplicate key "status"', start: 16, end: 22, firstAt: 6 }]);
  });

  it('keeps a __proto__ key as an own property without touching the prototype', () => {
    const { documents } = parseYamlText('__proto__:\n  polluted: 1\n');
    const value = documents[0]?.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses anchors and aliases before they can expand', () => {
    const { problems } = parseYamlText('a: &x [1, 2]\nb: *x\n');
    expect(problems.map((problem) => problem.ruleId)).toEqual(['yaml/unsupported', 'yaml/unsupported']);
  });

  it('pins YAML 1.2 against a %YAML 1.1 directive', () => {
    const { problems } = parseYamlText('%YAML 1.1\n---\nstatus: no\n');
    expect(problems.some((problem) => problem.ruleId === 'yaml/unsupported' && problem.message.includes('%YAML 1.1'))).toBe(true);
  });

  it('refuses explicit tags, including !!merge', () => {
    const { problems } = parseYamlText('a: !!binary aGVsbG8=\n');
    expect(problems[0]?.ruleId).toBe('yaml/unsupported');
  });

  it('stops a deep compact sequence before the parser recurses', () => {
    const { problems } = parseYamlText(`${'- '.repeat(2200)}x\n- y\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.ruleId).toBe('yaml/limit');
  });

  it('reads every document of a stream', () => {
    const { documents } = parseYamlText('a: 1\n---\nb: 2\n');
    expect(documents.map((document) => document.value)).toEqual([{ a: 1 }, { b: 2 }]);
  });
});
