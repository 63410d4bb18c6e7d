import { splitSentences } from '../check/anchor/sentences.js';
import { describeSchemaErrors } from '../load/schema/messages.js';
import { validateAgainst } from '../load/schema/schemas.js';
import { unwritableValues } from './record-yaml.js';
/** Longest title the Story schema allows. */
const TITLE_MAX = 500;
/**
 * The title a story gets when none is given: the text's first line when it is a heading (a line without
 * sentence-ending punctuation, as coverage counts headings), else the story's id.
 */
export function defaultTitle(storyText, id) {
    const [first] = splitSentences(storyText);
    if (!first?.heading)
        return id;
    const heading = storyText.slice(first.start, first.end);
    return heading.length <= TITLE_MAX && unwritableValues({ heading }).length === 0 ? heading : id;
}
/** The Story record, fields in the order the docs show them; optional ones only when given. */
export function storyRecord(fields, storyText) {
    const record = {
        apiVersion: 'claims/v1',
        kind: 'Story',
        id: fields.id,
        title: fields.title ?? defaultTitle(storyText, fields.id),
        text: fields.text,
        sha256: fields.sha256,
    };
    if (fields.url !== undefined)
        record.url = fields.url;
    if (fields.publisher !== undefined)
        record.publisher = fields.publisher;
    if (fields.published !== undefined)
        record.published = fields.published;
    record.retrieved = fields.retrieved;
    return record;
}
/** Why the record cannot be written, one message per problem: the schema's words, then what the loader would refuse. */
export function recordProblems(kind, record) {
    return [...describeSchemaErrors(validateAgainst(kind, record)).map((problem) => problem.message), ...unwritableValues(record)];
}
