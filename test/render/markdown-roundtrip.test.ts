import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { markdownLink, markdownText } from '../../src/render/encode/markdown.js';
import { terminalSafe } from '../../src/render/encode/terminal.js';

// markdownText's output parsed by a real GFM parser (micromark with its GFM extensions: tables, literal
// autolinks, strikethrough, footnotes, task lists), in every place the Markdown report puts record text: a
// table cell, a paragraph, a line after a paragraph's first line, a heading, a link label. Raw HTML is let
// through (allowDangerousHtml), so any tag the text could smuggle in would show in the HTML; the only tag
// allowed is the <br> markdownText writes for a line break.

function render(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
}

/** The text of rendered inline HTML, after the parser's own encoding; fails on any tag but <br>. */
function textOfInline(html: string): string {
  const withoutBreaks = html.replace(/<br>/g, '');
  expect(withoutBreaks, html).not.toMatch(/[<>]/);
  return html
    .replace(/<br>/g, '\n')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/@\u2060/g, '@'); // the word joiner markdownText puts after @, so GitHub makes no mention of it
}

/** What the reader should see: the text with controls shown as escapes and line breaks normalised. */
function shown(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(terminalSafe)
    .join('\n');
}

function cells(html: string): string[] {
  return [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((match) => match[1]!);
}

const FRAGMENTS = [
  '|',
  '\\|',
  '`',
  '```',
  '*',
  '**',
  '_',
  '__',
  'snake_case',
  '[',
  ']',
  '(',
  ')',
  '![alt](https://evil/p.png)',
  '[x](https://evil)',
  '[x]: https://evil',
  '[^1]',
  '<script>alert(1)</script>',
  '<br>',
  '<!--',
  '-->',
  '<https://evil>',
  '&amp;',
  '&lt;',
  '&#123;',
  '&#x41;',
  '&copy;',
  '&',
  '&;',
  '#',
  '# ',
  '## ',
  ' #',
  '-',
  '- ',
  '--',
  '---',
  '+ ',
  '=',
  '==',
  '>',
  '> ',
  '1. ',
  '1) ',
  '12.',
  '\\',
  '\\\\',
  '\n',
  '\n\n',
  '\r\n',
  ' ',
  '  ',
  '    ',
  '\t',
  '👨‍👩‍👧',
  '😀',
  '中文',
  'é',
  'e\u0301',
  'Z̷̡̧̛̖̗',
  '~',
  '~~',
  '$',
  '$$',
  ':',
  '::',
  '"',
  "'",
  '@octocat',
  'x@y.com',
  'https://evil.example',
  'HTTP://x.y',
  'www.evil.com',
  'WWW.evil.com',
  '.',
  'a',
  'word',
  '1',
  '*x*',
  '_y_',
  '~z~',
  '^',
  '{',
  '}',
  '!',
  '?',
  ':smile:',
  '\u001b[2J',
  '\u202e',
  '##[x]',
  ':---',
  '---:',
  '|---|',
  '- [ ] ',
  '***',
  '___',
  '+',
  '1.',
  '2)',
  '\\\n',
  '  \n',
  '<div>',
  '</p>',
];

const hostile = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 24 }).map((parts) => parts.join('')),
  fc.string({ unit: fc.constantFrom(...'|`*_[]()<>&#-+=.:!\\ \n~$@1aé中😀'), maxLength: 40 }),
);

const RUNS = { numRuns: 500 };

describe('markdownText read back by a GFM parser', () => {
  it('a table cell shows exactly the text, and the row keeps its three columns', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        for (const cell of [markdownText(text), `“${markdownText(text)}”`]) {
          const html = render(`| a | b | c |\n| --- | --- | --- |\n| x | ${cell === '' ? ' ' : cell} | y |\n`);
          expect(html.match(/<th>/g), html).toHaveLength(3);
          expect(html.match(/<tr>/g), html).toHaveLength(2);
          const row = cells(html);
          expect(row, html).toHaveLength(3);
          expect(row[0]).toBe('x');
          expect(row[2]).toBe('y');
          const expected = cell.startsWith('“') ? `“${shown(text)}”` : shown(text);
          expect(textOfInline(row[1]!)).toBe(expected);
        }
      }),
      RUNS,
    );
  });

  it('a paragraph, or the second line of one, shows exactly the text and starts no other block', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const markdown = markdownText(text);
        fc.pre(markdown !== '');
        const alone = /^<p>([\s\S]*)<\/p>\n?$/.exec(render(`${markdown}\n`));
        expect(alone, render(`${markdown}\n`)).not.toBeNull();
        expect(textOfInline(alone![1]!)).toBe(shown(text));
        const after = /^<p>lead\n([\s\S]*)<\/p>\n?$/.exec(render(`lead\n${markdown}\n`));
        expect(after, render(`lead\n${markdown}\n`)).not.toBeNull();
        expect(textOfInline(after![1]!)).toBe(shown(text));
      }),
      RUNS,
    );
  });

  it('a heading shows exactly the text, closing sequence and all', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const html = render(`## ${markdownText(text)}\n`);
        const heading = /^<h2>([\s\S]*)<\/h2>\n?$/.exec(html);
        expect(heading, html).not.toBeNull();
        expect(textOfInline(heading![1]!)).toBe(shown(text));
      }),
      RUNS,
    );
  });

  it('a link label shows exactly the text and the link goes where markdownLink says', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const html = render(`${markdownLink('https://example.org/a', text)}\n`);
        const link = /^<p><a href="https:\/\/example\.org\/a">([\s\S]*)<\/a><\/p>\n?$/.exec(html);
        expect(link, html).not.toBeNull();
        expect(textOfInline(link![1]!)).toBe(shown(text));
      }),
      RUNS,
    );
  });
});

describe('markdownText escapes only what GFM would read', () => {
  it('leaves prose as it is', () => {
    for (const prose of [
      'The minister said: "we will not resign".',
      'Q&A with the mayor, 5% more; really?',
      'snake_case_name and C# and ranked #1',
      '1.5 million euros, -3 degrees, +2 points',
      'It’s 10:30 — don’t “quote” me!',
      'Путин заявил: «нет». 中文报道。',
    ]) {
      expect(markdownText(prose)).toBe(prose);
    }
  });

  it('escapes block starts only at the start, a closing # only at the end', () => {
    expect(markdownText('# not a heading #')).toBe('\\# not a heading \\#');
    expect(markdownText('- not a list')).toBe('\\- not a list');
    expect(markdownText('1. not a list')).toBe('1\\. not a list');
    expect(markdownText('===')).toBe('\\===');
    expect(markdownText(':---:')).toBe('\\:---:'); // a table's delimiter row, after a line of text
    expect(markdownText('a - b # c')).toBe('a - b # c');
  });

  it('keeps literal autolinks, mentions and entities from forming', () => {
    expect(markdownText('see https://evil.example or www.evil.com')).toBe('see https\\://evil.example or www\\.evil.com');
    expect(markdownText('@octocat x@y.com')).toBe('@\u2060octocat x@\u2060y.com');
    expect(markdownText('&amp; & &#65; &x')).toBe('&amp;amp; & &amp;#65; &x');
    expect(markdownText('  padded  ')).toBe('&#32;&#32;padded&#32;&#32;');
    // `<br>` alone on a line would be an HTML block.
    expect(markdownText('\n')).toBe('&#10;');
    expect(markdownText('\n\n')).toBe('<br><br>');
  });
});
