import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/repo.js';
import { csvDocument, csvField } from '../../src/render/encode/csv.js';
import { escapeHtml, htmlAttr, htmlLink, htmlText, jsonForScript, safeHttpUrl } from '../../src/render/encode/html.js';
import { markdownCode, markdownFence, markdownLink, markdownText } from '../../src/render/encode/markdown.js';
import { dotString } from '../../src/render/graph/dot.js';
import { mermaidLabel } from '../../src/render/graph/mermaid.js';
import { nodeIds } from '../../src/render/graph/node-ids.js';
import {
  CDATA_BREAK,
  inertCommandPieces,
  inertCommands,
  inertLegacyOpeners,
  JSON_BREAK,
  MARKUP_BREAK,
  TEXT_BREAK,
} from '../../src/render/encode/runner-commands.js';
import { xmlAttribute, xmlCdata } from '../../src/render/encode/xml.js';
import { runnerCommandLines } from '../support/hostile-cases.js';

describe('html encoder', () => {
  it('entity-encodes the five special characters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('isolates record text, breaks lines and shows controls and bidi characters as escapes', () => {
    expect(htmlText('a\u202eb\nc\u001b[2J')).toBe('<bdi>a\\u202eb<br>c\\x1b[2J</bdi>');
    expect(htmlAttr('"x"\ny')).toBe('&quot;x&quot; y');
  });

  it('links only absolute http(s) URLs without credentials', () => {
    expect(safeHttpUrl('https://example.org/a b')).toBeUndefined();
    expect(safeHttpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' \tjava\tscript:x',
      '\u0001javascript:x',
      'data:text/html;base64,AA',
      '//evil',
      'https://good@evil',
      '&#106;avascript:x',
      'ftp://x',
    ]) {
      expect(safeHttpUrl(url), url).toBeUndefined();
    }
    expect(htmlLink('javascript:alert(1)', 'label')).not.toContain('href');
    expect(htmlLink('https://example.org/"x"', 'label')).toBe(
      '<a href="https://example.org/%22x%22" rel="noopener noreferrer nofollow">label</a>',
    );
  });

  it('keeps JSON inside a script element', () => {
    const json = JSON.stringify({ text: '</script><script>alert(1)</script><!-- & \u2028\u2029' });
    const safe = jsonForScript(json);
    expect(safe).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(safe)).toEqual(JSON.parse(json));
  });
});

describe('markdown encoder', () => {
  it('escapes table breakouts, raw HTML, links, mentions, math and code', () => {
    // A `#` after a <br> starts no line of the Markdown source: no heading, so no escape.
    expect(markdownText('a | b\n| fake | row |\n\n# Heading')).toBe('a \\| b<br>\\| fake \\| row \\|<br><br># Heading');
    expect(markdownText('<img src=x onerror=alert(1)> <!-- & "q"')).toBe('&lt;img src=x onerror=alert\\(1\\)&gt; &lt;!-- & "q"');
    expect(markdownText('[Verified](https://evil) ![](https://evil/p.png)')).toBe(
      '\\[Verified\\]\\(https\\://evil\\) !\\[\\]\\(https\\://evil/p.png\\)',
    );
    expect(markdownText('@octocat *x* _y_ ~z~ $m$ `c`')).toBe('@\u2060octocat \\*x\\* \\_y\\_ \\~z\\~ \\$m\\$ \\`c\\`');
    // The backslash of a shown escape is literal before a letter; `[` is escaped.
    expect(markdownText('\u001b[2J\u202e')).toBe('\\x1b\\[2J\\u202e');
  });

  it('makes code spans and fences the content cannot close', () => {
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('`x`')).toBe('`` `x` ``');
    expect(markdownFence('mermaid', 'x ``` y\n')).toBe('````mermaid\nx ``` y\n````\n');
  });

  it('links only http(s) URLs', () => {
    expect(markdownLink('https://example.org/a(b)', 'T [x]')).toBe('[T \\[x\\]](<https://example.org/a%28b%29>)');
    expect(markdownLink('javascript:alert(1)', 'T')).toBe('T (javascript:alert\\(1\\))');
  });
});

describe('csv encoder', () => {
  it('quotes every field, doubles quotes and keeps line breaks inside the quotes', () => {
    expect(csvField('a,b "q"\nc')).toBe('"a,b ""q""\nc"');
    expect(csvField(undefined)).toBe('""');
    expect(csvField(3)).toBe('"3"');
  });

  it('neutralises formulas with a leading quote', () => {
    for (const value of ['=1+1', '+cmd', '-2+3', '@SUM(1)', '=HYPERLINK("http://x")'])
      expect(csvField(value)).toBe(`"'${value.replace(/"/g, '""')}"`);
    expect(csvField('\t=1+1')).toBe('"\\t=1+1"');
    expect(csvField('\r=1+1')).toBe('"\'\n=1+1"');
    expect(csvField(' =1')).toBe('" =1"');
  });

  it('ends every record with CRLF', () => {
    expect(csvDocument(['a', 'b'], [['1', '2']])).toBe('"a","b"\r\n"1","2"\r\n');
  });
});

describe('graph label encoders', () => {
  it('mermaid: entity codes for anything that could end the label or be markup', () => {
    expect(mermaidLabel('say "hi" <b>#1</b> `x` | [a]{b}\nnext')).toBe(
      '"say #34;hi#34; #60;b#62;#35;1#60;/b#62; #96;x#96; #124; #91;a#93;#123;b#125; next"',
    );
    expect(mermaidLabel('\u202e\u001b')).toBe('"#92;u202e#92;x1b"');
  });

  it('dot: backslash-escapes quotes and backslashes on one line', () => {
    expect(dotString('a "b" \\l\nc\u202e')).toBe('"a \\"b\\" \\\\l c\\\\u202e"');
  });

  it('node ids: ASCII, prefixed by kind, unique', () => {
    const ids = nodeIds(['claim:a-b', 'claim:a_b', 'source:a-b', 'group:']);
    expect([...ids.values()]).toEqual(['c_a_b', 'c_a_b_2', 's_a_b', 'g_none']);
  });
});

describe('runner command openers (docs/ci.md, "Runner commands")', () => {
  it('breaks every ##[ with one escape per medium, whatever the runner may skip between its characters', () => {
    expect(inertCommands('a ##[error]b', TEXT_BREAK)).toBe('a #\\#[error]b');
    expect(inertCommands('###[x] ##[y]', TEXT_BREAK)).toBe('##\\#[x] #\\#[y]');
    expect(inertCommands('#\u00ad#\u034f[x', TEXT_BREAK)).toBe('#\u00ad\\#\u034f[x');
    expect(inertCommands('#\n#[x # #[y', TEXT_BREAK)).toBe('#\n#[x # #[y');
    expect(inertLegacyOpeners('"##[x"', JSON_BREAK)).toBe('"#\\u0023[x"');
    expect(inertLegacyOpeners('##[x', MARKUP_BREAK)).toBe('#&#35;[x');
  });

  it('breaks a :: that starts a line after white space or skippable characters, and no other', () => {
    expect(inertCommands('::add-mask::s\n  ::x::\r\u3000::y::\r\n\u00ad::z::', TEXT_BREAK)).toBe(
      '\\::add-mask::s\n  \\::x::\r\u3000\\::y::\r\n\u00ad\\::z::',
    );
    expect(inertCommands('a ::x:: b:\n:c\n: :d', TEXT_BREAK)).toBe('a ::x:: b:\n:c\n: :d');
    expect(inertCommands('::x::\n::y::', TEXT_BREAK, { firstLineStarts: false })).toBe('::x::\n\\::y::');
  });

  it('is idempotent and leaves no opener, for every medium', () => {
    const text = '::a::\n##[b]\n ::c::#\u200b#[d]';
    for (const escapes of [TEXT_BREAK, JSON_BREAK, MARKUP_BREAK, CDATA_BREAK]) {
      const once = inertCommands(text, escapes);
      expect(inertCommands(once, escapes)).toBe(once);
      expect(runnerCommandLines(once)).toEqual([]);
    }
  });

  it('finishes on long runs of white space, ignorable characters and hashes (no backtracking blow-up)', () => {
    // In a child process killed at a generous timeout: a catastrophic backtrack cannot be interrupted in this one.
    // Linear work takes milliseconds; an exponential path would not finish.
    const module = pathToFileURL(path.join(projectRoot, 'src/render/encode/runner-commands.ts')).href;
    const script = [
      `const { inertCommands, TEXT_BREAK } = await import(${JSON.stringify(module)});`,
      'let done = 0;',
      "for (const unit of ['\\t', ' \\u00ad', '\\u0301', '#\\u00ad', ':\\u00ad', '#'])",
      '  for (const text of [unit.repeat(50_000), `${unit.repeat(50_000)}x\\n`.repeat(4)]) { inertCommands(text, TEXT_BREAK); done++; }',
      'process.stdout.write(String(done));',
    ].join('\n');
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.signal, 'killed at the timeout: a pattern backtracks').toBeNull();
    expect(result.stdout).toBe('12');
  });

  it('keeps lines whole when the output comes in pieces', () => {
    const pieces = ['x ##', '[y]\n::', 'a::b\r', '\n::c::', ''];
    expect([...inertCommandPieces(pieces, TEXT_BREAK)].join('')).toBe(inertCommands(pieces.join(''), TEXT_BREAK));
  });

  it('HTML and XML read back the same text; JSON.parse too', () => {
    expect(escapeHtml('::a:: ##[b]\n::c::')).toBe('&#58;:a:: #&#35;[b]\n&#58;:c::');
    expect(xmlAttribute('##[x]\n::y::')).toBe('#&#35;[x]&#10;::y::');
    expect(xmlCdata('::a::\n::b:: ##[c]')).toBe('<![CDATA[::a::\n]]>&#58;<![CDATA[:b:: #]]>&#35;<![CDATA[[c]]]>');
    expect(JSON.parse(inertLegacyOpeners(JSON.stringify('\\##[x'), JSON_BREAK))).toBe('\\##[x');
  });

  it('csv: only for stdout; a field’s first line follows its quote, its later lines start a line', () => {
    expect(csvField('::a::\n::b:: ##[c]')).toBe('"::a::\n::b:: ##[c]"');
    expect(csvField('::a::\n::b:: ##[c]', { inertCommands: true })).toBe('"::a::\n\\::b:: #\\#[c]"');
    expect(csvField('\n::a::', { inertCommands: true })).toBe('"\'\n\\::a::"');
  });

  it('markdown: record text never holds ##[ (every [ is escaped); a :: starting a line is the report’s to break', () => {
    expect(markdownText('::a:: ##[b]')).toBe('::a:: ##\\[b\\]');
    expect(inertCommands(markdownText('::a:: ##[b]'), TEXT_BREAK)).toBe('\\::a:: ##\\[b\\]');
  });
});
