import fc from 'fast-check';
import { stringify } from 'yaml';

/** Text with the characters that break naive YAML handling and naive output: controls, bidi, quotes, YAML indicators. */
export const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(
      'a',
      ' ',
      ':',
      '-',
      '#',
      '"',
      "'",
      '\n',
      '\t',
      '|',
      '>',
      '&',
      '*',
      '!',
      '%',
      '@',
      '`',
      '<',
      '>',
      ',',
      '=',
      '\u001b',
      '\u0000',
      '\u202e',
      '\u2028',
      '\u00e9',
      '😀',
      '\\',
      '[',
      ']',
      '{',
      '}',
    ),
    maxLength: 40,
  }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '=HYPERLINK("http://x")',
    '\u001b[2J\u001b[H ok',
    'a | b\n| fake |',
    '::error::fake',
    '%0A%25',
    ']]>',
    'claim-\u202e1000',
    '__proto__',
    'x'.repeat(300),
    // CI runner commands: the legacy opener anywhere in a line, `::` at the start of one (after white space).
    '##[error]pwned',
    'x\n::add-mask::secret',
    '  ::stop-commands::x',
    '#\u00ad#[warning]soft',
  ),
);

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);

/** A Claim-shaped record whose fields are sometimes right, sometimes wrong in type or value. */
export const claimRecord = fc.record(
  {
    apiVersion: fc.constantFrom('claims/v1', 'claims/v2'),
    kind: fc.constantFrom('Claim', 'Source', 'Story', 'claim'),
    id: fc.oneof(id, hostileText),
    story: fc.constantFrom('story', 'missing'),
    statement: hostileText,
    type: fc.constantFrom('fact', 'analysis', 'speculation', 'attributed-statement', 'characterisation', 'opinion'),
    anchor: fc.record(
      { exact: fc.oneof(fc.constantFrom('The council met.', 'allegedly ignored', 'met'), hostileText) },
      { requiredKeys: ['exact'] },
    ),
    attribution: fc.array(
      fc.record(
        {
          source: fc.constantFrom('named', 'anon', 'nobody'),
          relation: fc.constantFrom('said', 'claimed', 'shouted'),
          quote: hostileText,
          via: fc.array(fc.constantFrom('named', 'anon', 'x'), { maxLength: 2 }),
        },
        { requiredKeys: ['source', 'relation'] },
      ),
      { maxLength: 3 },
    ),
    derivedFrom: fc.array(id, { maxLength: 3 }),
    contradicts: fc.array(id, { maxLength: 2 }),
    confidence: fc.record({
      likelihood: fc.constantFrom('likely', 'very-likely', 'almost-certain', 'sure'),
      credibility: fc.integer({ min: 0, max: 7 }),
      rationale: hostileText,
    }),
    status: fc.constantFrom('unreviewed', 'verified', 'false', 'refuted'),
    suppress: fc.array(fc.record({ rule: fc.constantFrom('sourcing/unattributed', 'schema', 'nope'), reason: hostileText }), {
      maxLength: 2,
    }),
  },
  { requiredKeys: ['apiVersion', 'kind', 'id'] },
);

/** Raw YAML-ish text: fragments of real records interleaved with hostile characters. */
export const yamlText = fc.oneof(
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'apiVersion: claims/v1\n',
          'kind: Claim\n',
          'id: a\n',
          '---\n',
          '- ',
          '  ',
          ': ',
          '&a ',
          '*a ',
          '!!str ',
          '%YAML 1.1\n',
          '? ',
          '[',
          ']',
          '{',
          '}',
          '"',
          "'",
          '|\n',
          '>-\n',
          '#',
          '\t',
          '\r\n',
          '\u0000',
          '\u202e',
          '\ufeff',
        ),
        fc.string({ maxLength: 12 }),
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join('')),
  claimRecord.map((record) => stringify(record)),
  fc.array(claimRecord, { minLength: 2, maxLength: 4 }).map((records) => records.map((record) => stringify(record)).join('---\n')),
);
