import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/catalogue.js';
import { generatedDocs, ruleHeader, ruleIndex, withGeneratedHeader } from '../../scripts/rule-docs.js';

describe('the generated parts of docs/rules/', () => {
  it('match the catalogue: every page header and the index (run `npm run gen:docs` after changing a rule)', () => {
    const drifted = generatedDocs()
      .filter(({ expected, actual }) => expected !== actual)
      .map(({ file }) => file);
    expect(drifted).toEqual([]);
  });

  it('put every rule in the index with its severity, stage and whether config can change it', () => {
    const index = ruleIndex(RULES);
    expect(index).toContain('| [`contradiction/unresolved`](contradiction-unresolved.md) | warning | verify | yes |');
    expect(index).toContain('| [`schema`](schema.md) | error | validate, verify | no |');
    expect(index.match(/^\| \[`/gm)).toHaveLength(RULES.length);
  });

  it('give a page its messages and reads, and keep the hand-written sections', () => {
    const rule = RULES.find((candidate) => candidate.id === 'contradiction/unresolved')!;
    const header = ruleHeader(rule);
    expect(header).toContain('- `bothOpen`: `"{{claim}}" and "{{other}}" contradict each other and neither is resolved ({{status}}, {{otherStatus}})`');
    expect(header).toContain('**Reads:** Claim `contradicts`, `status`');
    const page = withGeneratedHeader('# old title\n\nold text\n\n## What it catches\n\nby hand\n', rule);
    expect(page.startsWith(header)).toBe(true);
    expect(page.endsWith('\n## What it catches\n\nby hand\n')).toBe(true);
  });
});
