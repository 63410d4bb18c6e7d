import type { Story } from '../model/records.js';
import { splitSentences } from '../check/anchor/sentences.js';
import { describeSchemaErrors } from '../load/schema/messages.js';
import { validateAgainst } from '../load/schema/schemas.js';
import { unwritableValues } from './record-yaml.js';

/** What `claims new story` is told, and what it found out about the text file. */
export interface StoryFields {
  id: string;
  /** The headline; defaults to the text's first line when that is a heading, else the id. */
  title?: string | undefined;
  /** Path of the text relative to the record's file. */
  text: string;
  sha256: string;
  url?: string | undefined;
  publisher?: string | undefined;
  published?: string | undefined;
  retrieved: string;
}

/** Longest title the Story schema allows. */
const TITLE_MAX = 500;

/**
 * The title a story gets when none is given: the text's first line when it is a heading (a line without
 * sentence-ending punctuation, as coverage counts headings), else the story's id.
 */
export function defaultTitle(storyText: string, id: string): string {
  const [first] = splitSentences(storyText);
  if (!first?.heading) return id;
  const heading = storyText.slice(first.start, first.end);
  return heading.length <= TITLE_MAX && unwritableValues({ heading }).length === 0 ? heading : id;
}

/** The Story record, fields in the order the docs show them; optional ones only when given. */
export function storyRecord(fields: StoryFields, storyText: string): Story {
  const record: Story = {
    apiVersion: 'claims/v1',
    kind: 'Story',
    id: fields.id,
    title: fields.title ?? defaultTitle(storyText, fields.id),
    text: fields.text,
    sha256: fields.sha256,
  };
  if (fields.url !== undefined) record.url = fields.url;
  if (fields.publisher !== undefined) record.publisher = fields.publisher;
  if (fields.published !== undefined) record.published = fields.published;
  record.retrieved = fields.retrieved;
  return record;
}

/** Why the record cannot be written, one message per problem: the schema's words, then what the loader would refuse. */
export function recordProblems(kind: 'story' | 'source' | 'claim' | 'evidence', record: object): string[] {
  return [...describeSchemaErrors(validateAgainst(kind, record)).map((problem) => problem.message), ...unwritableValues(record)];
}
