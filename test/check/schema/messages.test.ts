import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeSchemaErrors, fieldLabel } from '../../../src/load/schema/messages.js';
import { validateAgainst, type SchemaKind } from '../../../src/load/schema/schemas.js';
import { projectRoot } from '../../support/repo.js';

const CLAIM = {
  apiVersion: 'claims/v1',
  kind: 'Claim',
  id: 'bridge-will-close',
  story: 'bridge-closure',
  statement: 'The mayor said the bridge will close in March.',
  type: 'attributed-statement',
  anchor: { exact: 'The mayor said the bridge will close in March.' },
  attribution: [{ source: 'the-mayor', relation: 'said' }],
  confidence: { likelihood: 'likely', credibility: 2, rationale: 'On the record.' },
  status: 'unreviewed',
};
const STORY = { apiVersion: 'claims/v1', kind: 'Story', id: 'bridge-closure', title: 'Bridge to close', text: 'story.txt' };
const SOURCE = {
  apiVersion: 'claims/v1',
  kind: 'Source',
  id: 'the-mayor',
  type: 'person',
  name: 'Jane Doe',
  description: 'the mayor',
  groundRule: 'on-record',
};

/** What a person reads for a value: `pointer part: message`. */
function problems(kind: SchemaKind, value: unknown): string[] {
  return describeSchemaErrors(validateAgainst(kind, value)).map((problem) => `${problem.pointer} ${problem.part}: ${problem.message}`);
}

describe('the fixtures these tests start from', () => {
  it('are valid, so each test below sees only the mistake it makes', () => {
    expect(problems('claim', CLAIM)).toEqual([]);
    expect(problems('story', STORY)).toEqual([]);
    expect(problems('source', SOURCE)).toEqual([]);
    expect(problems('config', {})).toEqual([]);
  });
});

describe('describeSchemaErrors: one plain message per ajv keyword', () => {
  it('type: names the expected and the found kind of value, at the value', () => {
    expect(problems('claim', { ...CLAIM, statement: 5 })).toEqual(['/statement value: statement must be text; found the number 5']);
    expect(problems('claim', { ...CLAIM, anchor: 'the bridge' })).toEqual([
      '/anchor value: anchor must be a mapping; found text "the bridge"',
    ]);
    expect(problems('claim', { ...CLAIM, attribution: { source: 'the-mayor' } })).toEqual([
      '/attribution value: attribution must be a list; found a mapping',
    ]);
    expect(problems('claim', { ...CLAIM, confidence: { ...CLAIM.confidence, credibility: 2.5 } })).toEqual([
      '/confidence/credibility value: confidence.credibility must be a whole number; found the number 2.5',
    ]);
    expect(problems('story', { ...STORY, byline: 5 })).toEqual(['/byline value: byline must be text or null; found the number 5']);
    expect(problems('story', { ...STORY, title: true })).toEqual(['/title value: title must be text; found true']);
    expect(problems('story', { ...STORY, title: null })).toEqual(['/title value: title must be text; found null']);
    expect(problems('config', { paths: 'claims' })).toEqual(['/paths value: paths must be a list; found text "claims"']);
  });

  it('const: names the one value allowed', () => {
    expect(problems('claim', { ...CLAIM, apiVersion: 'claims/v2' })).toEqual([
      '/apiVersion value: apiVersion must be "claims/v1"; found "claims/v2"',
    ]);
    expect(problems('source', { ...SOURCE, kind: 'Claim' })).toEqual(['/kind value: kind must be "Source"; found "Claim"']);
  });

  it('enum: lists the allowed values and suggests the nearest', () => {
    expect(problems('claim', { ...CLAIM, status: 'done' })).toEqual([
      '/status value: status must be one of: unreviewed, in-review, verified, disputed, refuted, unverifiable, retracted; found "done"',
    ]);
    expect(problems('claim', { ...CLAIM, type: 'facts' })).toEqual([
      '/type value: type must be one of: fact, attributed-statement, characterisation, analysis, speculation, background; found "facts" (did you mean "fact"?)',
    ]);
    expect(problems('claim', { ...CLAIM, status: false })).toEqual([
      '/status value: status must be one of: unreviewed, in-review, verified, disputed, refuted, unverifiable, retracted; found false',
    ]);
    expect(problems('claim', { ...CLAIM, attribution: [{ source: 'the-mayor', relation: 'sayd' }] })[0]).toMatch(
      /^\/attribution\/0\/relation value: attribution\[0\]\.relation must be one of: said, stated, .*; found "sayd" \(did you mean "said"\?\)$/,
    );
  });

  it('required: names the missing field at the mapping that lacks it', () => {
    const { anchor: _anchor, ...withoutAnchor } = CLAIM;
    expect(problems('claim', withoutAnchor)).toEqual([' key: missing required field "anchor"']);
    expect(problems('claim', { ...CLAIM, anchor: { prefix: 'The' } })).toEqual(['/anchor key: missing required field "exact" in anchor']);
  });

  it('required: several missing fields of one mapping make one message that names them all', () => {
    expect(problems('claim', { ...CLAIM, confidence: {} })).toEqual([
      '/confidence key: missing required fields "likelihood", "credibility" and "rationale" in confidence',
    ]);
    expect(problems('claim', { ...CLAIM, confidence: { likelihood: 'likely' } })).toEqual([
      '/confidence key: missing required fields "credibility" and "rationale" in confidence',
    ]);
  });

  it('if/then required: says why the field is needed', () => {
    const { name: _name, ...anonymous } = SOURCE;
    expect(problems('source', anonymous)).toEqual([' key: missing required field "anonymity" (needed when there is no name)']);
    const { name: _n, description: _d, ...bare } = SOURCE;
    expect(problems('source', bare)).toEqual([
      ' key: missing required fields "description" and "anonymity" (needed when there is no name)',
    ]);
  });

  it('dependentRequired: says which field needs it', () => {
    const evidence = [{ type: 'document', title: 'Minutes', relation: 'supports', archive: 'minutes.pdf' }];
    expect(problems('claim', { ...CLAIM, evidence })).toEqual([
      '/evidence/0 key: missing required field "sha256" in evidence[0] (needed with "archive")',
    ]);
  });

  it('additionalProperties: names the unknown field at its key and suggests the nearest known one', () => {
    expect(problems('claim', { ...CLAIM, anchor: { exact: 'x', sufix: 'y' } })).toEqual([
      '/anchor/sufix key: unknown field "sufix" in anchor (did you mean "suffix"?)',
    ]);
    expect(problems('story', { ...STORY, publishedOn: '2025-03-01' })).toEqual([
      '/publishedOn key: unknown field "publishedOn" (did you mean "published"?)',
    ]);
    expect(problems('story', { ...STORY, colour: 'red' })).toEqual(['/colour key: unknown field "colour"']);
  });

  it('format: a date must be a real one, a URL an http(s) one', () => {
    expect(problems('story', { ...STORY, published: '2025-02-30' })).toEqual([
      '/published value: published must be a real date written YYYY-MM-DD; found "2025-02-30"',
    ]);
    expect(problems('story', { ...STORY, published: '1 March 2025' })).toEqual([
      '/published value: published must be a real date written YYYY-MM-DD; found "1 March 2025"',
    ]);
    expect(problems('story', { ...STORY, url: 'https://exa mple.com/' })).toEqual([
      '/url value: url must be an http or https URL; found "https://exa mple.com/"',
    ]);
  });

  it('pattern: explains each shared pattern in words, not as a regular expression', () => {
    expect(problems('claim', { ...CLAIM, id: 'Bridge_Closure' })).toEqual([
      '/id value: id must be kebab-case: lower-case letters and digits separated by single hyphens; found "Bridge_Closure"',
    ]);
    expect(problems('story', { ...STORY, sha256: 'ABC' })).toEqual([
      '/sha256 value: sha256 must be 64 lower-case hexadecimal digits; found "ABC"',
    ]);
    expect(problems('story', { ...STORY, url: 'ftp://example.com/' })).toEqual([
      '/url value: url must be an http or https URL; found "ftp://example.com/"',
    ]);
    expect(problems('story', { ...STORY, text: 'my story.txt' })).toEqual([
      '/text value: text must be a relative path of "/"-separated segments holding only letters, digits, ".", "_" and "-"; found "my story.txt"',
    ]);
    expect(problems('claim', { ...CLAIM, tags: ['two words'] })).toEqual([
      '/tags/0 value: tags[0] must be a single word without spaces or commas; found "two words"',
    ]);
    expect(problems('claim', { ...CLAIM, suppress: [{ rule: 'Sourcing Rule', reason: 'Reviewed by the desk.' }] })).toEqual([
      '/suppress/0/rule value: suppress[0].rule must be a rule id such as "sourcing/unattributed"; found "Sourcing Rule"',
    ]);
  });

  it('minLength and maxLength: empty text, too short, too long', () => {
    expect(problems('claim', { ...CLAIM, statement: '' })).toEqual(['/statement value: statement must not be empty']);
    expect(problems('claim', { ...CLAIM, suppress: [{ rule: 'schema', reason: 'short' }] })).toEqual([
      '/suppress/0/reason value: suppress[0].reason must be at least 10 characters long',
    ]);
    expect(problems('claim', { ...CLAIM, summary: 'x'.repeat(80) })).toEqual([
      '/summary value: summary must be at most 75 characters long; found 80',
    ]);
  });

  it('minItems and maxItems: count the items', () => {
    expect(problems('config', { paths: [] })).toEqual(['/paths value: paths must list at least 1 item']);
    expect(problems('claim', { ...CLAIM, tags: Array.from({ length: 51 }, (_, i) => `tag-${i}`) })).toEqual([
      '/tags value: tags must list at most 50 items; found 51',
    ]);
  });

  it('minimum and maximum: give the bound and the value found', () => {
    expect(problems('claim', { ...CLAIM, confidence: { ...CLAIM.confidence, credibility: 0 } })).toEqual([
      '/confidence/credibility value: confidence.credibility must be at least 1; found 0',
    ]);
    expect(problems('claim', { ...CLAIM, confidence: { ...CLAIM.confidence, credibility: 7 } })).toEqual([
      '/confidence/credibility value: confidence.credibility must be at most 6; found 7',
    ]);
    expect(problems('config', { thresholds: { anchorMinSimilarity: 0.2 } })).toEqual([
      '/thresholds/anchorMinSimilarity value: thresholds.anchorMinSimilarity must be at least 0.5; found 0.2',
    ]);
  });

  it('uniqueItems: points at the repeated item', () => {
    expect(problems('claim', { ...CLAIM, derivedFrom: ['a', 'b', 'a'] })).toEqual([
      '/derivedFrom/2 value: derivedFrom lists "a" more than once',
    ]);
  });

  it('propertyNames: names the bad key once, at the key', () => {
    expect(problems('config', { rules: { 'Not A Rule': 'off' } })).toEqual([
      '/rules/Not A Rule key: "Not A Rule" in rules is not a rule id such as "sourcing/unattributed"',
    ]);
  });

  it('escapes nothing a reader would trip over in field names with a slash', () => {
    expect(problems('config', { rules: { 'ref/cycle': 'loud' } })).toEqual([
      '/rules/ref~1cycle value: rules.ref/cycle must be one of: error, warning, info, off; found "loud"',
    ]);
  });

  it('if/then/else: an id or an object is judged by the form it has, one message for the branch it took', () => {
    const attribution = (via: unknown) => ({ ...CLAIM, attribution: [{ source: 'mayor', relation: 'said', via }] });
    expect(problems('claim', attribution(['Not An Id']))).toEqual([
      '/attribution/0/via/0 value: attribution[0].via[0] must be kebab-case: lower-case letters and digits separated by single hyphens; found "Not An Id"',
    ]);
    expect(problems('claim', attribution([{ source: 'paper', certainty: 'guessed' }]))).toEqual([
      '/attribution/0/via/0/certainty value: attribution[0].via[0].certainty must be one of: stated, inferred; found "guessed"',
    ]);
    expect(problems('claim', { ...CLAIM, contradicts: [{ kind: 'competing' }] })).toEqual([
      '/contradicts/0 key: missing required field "claim" in contradicts[0]',
    ]);
    expect(problems('claim', { ...CLAIM, evidence: [{ ref: 'minutes', relation: 'supports', title: 'Minutes' }] })).toEqual([
      '/evidence/0/title key: unknown field "title" in evidence[0]',
    ]);
    expect(
      problems('claim', { ...CLAIM, evidence: [{ type: 'document', title: 'Minutes', relation: 'supports', custody: 'held' }] }),
    ).toEqual(['/evidence/0 key: missing required field "archive" in evidence[0] (needed when custody is held)']);
  });

  it('covers every keyword the schemas use that can fail', () => {
    const covered = new Set([
      'type',
      'const',
      'enum',
      'required',
      'if',
      'then',
      'else',
      'not',
      'dependentRequired',
      'additionalProperties',
      'format',
      'pattern',
      'minLength',
      'maxLength',
      'minItems',
      'maxItems',
      'minimum',
      'maximum',
      'uniqueItems',
      'propertyNames',
    ]);
    // Keywords that never fail themselves: ajv reports the failing subschemas of `allOf` (record.schema.json), not `allOf`.
    const annotations = new Set(['$schema', '$id', '$defs', '$ref', 'title', 'description', 'properties', 'items', 'allOf']);
    const used = new Set<string>();
    const walk = (schema: unknown, names: boolean): void => {
      if (Array.isArray(schema)) return schema.forEach((item) => walk(item, false));
      if (typeof schema !== 'object' || schema === null) return;
      for (const [key, value] of Object.entries(schema)) {
        if (names) walk(value, false);
        else {
          used.add(key);
          walk(value, key === 'properties' || key === '$defs' || key === 'dependentRequired');
        }
      }
    };
    const dir = path.join(projectRoot, 'schemas');
    for (const file of readdirSync(dir)) walk(JSON.parse(readFileSync(path.join(dir, file), 'utf8')), false);
    expect([...used].filter((keyword) => !covered.has(keyword) && !annotations.has(keyword))).toEqual([]);
  });
});

describe('describeSchemaErrors: one root cause, one message', () => {
  it('a value of the wrong type gets one message, nothing about what it should have held', () => {
    expect(problems('claim', { ...CLAIM, attribution: 'x' })).toEqual(['/attribution value: attribution must be a list; found text "x"']);
    expect(problems('claim', { ...CLAIM, attribution: ['x'] })).toEqual([
      '/attribution/0 value: attribution[0] must be a mapping; found text "x"',
    ]);
    expect(problems('claim', { ...CLAIM, confidence: ['likely'] })).toEqual([
      '/confidence value: confidence must be a mapping; found a list',
    ]);
  });

  it('a misspelt field is not also reported as missing', () => {
    expect(problems('claim', { ...CLAIM, attribution: [{ sorce: 'the-mayor', relation: 'said' }] })).toEqual([
      '/attribution/0/sorce key: unknown field "sorce" in attribution[0] (did you mean "source"?)',
    ]);
    const { anchor, ...rest } = CLAIM;
    expect(problems('claim', { ...rest, Anchor: anchor })).toEqual(['/Anchor key: unknown field "Anchor" (did you mean "anchor"?)']);
  });

  it('a misspelt name does not also demand the anonymity only an unnamed source needs', () => {
    const { name, ...rest } = SOURCE;
    expect(problems('source', { ...rest, nmae: name })).toEqual(['/nmae key: unknown field "nmae" (did you mean "name"?)']);
  });

  it('a misspelling of another field still leaves a nameless source needing anonymity', () => {
    const { name: _name, description, ...rest } = SOURCE;
    expect(problems('source', { ...rest, descripton: description })).toEqual([
      ' key: missing required field "anonymity" (needed when there is no name)',
      '/descripton key: unknown field "descripton" (did you mean "description"?)',
    ]);
  });

  it('a value that breaks two rules at once gets the more telling message', () => {
    expect(problems('story', { ...STORY, published: '2025-02-30-extra' })).toEqual([
      '/published value: published must be a real date written YYYY-MM-DD; found "2025-02-30-extra"',
    ]);
    expect(problems('story', { ...STORY, url: 'not a url' })).toEqual(['/url value: url must be an http or https URL; found "not a url"']);
  });

  it('independent mistakes each get their own message', () => {
    expect(problems('claim', { ...CLAIM, status: 'done', type: 'facts', extra: 1 })).toHaveLength(3);
  });

  it('keeps at most 20 messages per record', () => {
    const tooMany = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`extra${i}`, i]));
    expect(problems('story', { ...STORY, ...tooMany })).toHaveLength(20);
  });

  it('shortens long values it quotes', () => {
    const [message] = problems('claim', { ...CLAIM, status: 'x'.repeat(200) });
    expect(message).toContain(`found "${'x'.repeat(57)}..."`);
  });
});

describe('fieldLabel', () => {
  it('writes pointers the way a reader names fields', () => {
    expect(fieldLabel('')).toBe('record');
    expect(fieldLabel('/status')).toBe('status');
    expect(fieldLabel('/attribution/0/source')).toBe('attribution[0].source');
    expect(fieldLabel('/review/history/2/date')).toBe('review.history[2].date');
    expect(fieldLabel('/rules/ref~1cycle')).toBe('rules.ref/cycle');
  });
});
