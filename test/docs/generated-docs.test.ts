import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/catalogue.js';
import { generatedDocs, plainText, ruleHeader, ruleHelpSections, ruleIndex, unwrap, withGeneratedHeader } from '../../scripts/rule-docs.js';
import { ruleDocsUrl } from '../../src/model/package.js';

describe('the generated parts of docs/rules/', () => {
  it('match the catalogue: every page header, the index and the SARIF rule help (run `npm run gen:docs` after changing a rule or a page)', () => {
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

  it("take a rule's SARIF help from its page's explaining sections, unwrapped, with absolute links", () => {
    const rule = RULES.find((candidate) => candidate.id === 'ref/unresolved')!;
    const page = [
      '# title',
      '',
      '## What it catches',
      '',
      'A reference to **nothing**, see',
      '[`schema`](schema.md) and [the site](https://example.org/x).',
      '',
      '| a | b |',
      '|---|---|',
      '',
      '## Why it matters to a fact-checker',
      '',
      '- one item',
      '  wrapped',
      '- *two*',
      '',
      '## How to fix',
      '',
      '```yaml',
      'a: 1',
      '```',
      '',
      '## Failing example',
      '',
      'not in the help',
    ].join('\n');
    const help = ruleHelpSections(page, rule);
    expect(help.catches.markdown).toBe(
      `A reference to **nothing**, see [\`schema\`](${ruleDocsUrl('schema')}) and [the site](https://example.org/x).\n\n| a | b |\n|---|---|`,
    );
    expect(help.catches.text).toBe(
      `A reference to nothing, see \`schema\` (${ruleDocsUrl('schema')}) and the site (https://example.org/x).\n\n| a | b |\n|---|---|`,
    );
    expect(help.matters).toEqual({ markdown: '- one item wrapped\n- *two*', text: '- one item wrapped\n- two' });
    expect(help.fix).toEqual({ markdown: '```yaml\na: 1\n```', text: '    a: 1' });
    expect(() => ruleHelpSections(page.replace('## How to fix', '## How to mend'), rule)).toThrow(/ref-unresolved\.md has no "## How to fix"/);
  });

  it('turn Markdown into plain text without touching code spans or fenced code', () => {
    expect(plainText('`**a**` and **b** and *c* and 2 \\* 3 and `\\*`')).toBe('`**a**` and b and c and 2 * 3 and `\\*`');
    expect(unwrap('```\nkeep\nlines\n```\npara\ngraph\n\n# head\nnext')).toBe('```\nkeep\nlines\n```\npara graph\n\n# head\nnext');
  });
});
