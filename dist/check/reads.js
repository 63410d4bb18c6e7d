import { NAMED_FILE_FIELDS } from '../load/named-files.js';
import { mergeFields } from '../model/fields.js';
import { RULES } from './catalogue.js';
/**
 * What every record keeps whatever the rules declare: its identity, its suppressions (the runner reads
 * them) and a claim's story (the workspace indexes claims by story; the summary counts per story).
 */
const ALWAYS_KEPT = {
    Story: ['apiVersion', 'kind', 'id', 'suppress'],
    Source: ['apiVersion', 'kind', 'id', 'suppress'],
    Claim: ['apiVersion', 'kind', 'id', 'suppress', 'story'],
    Evidence: ['apiVersion', 'kind', 'id', 'suppress'],
};
export function rulesOf(stage) {
    return stage === 'verify' ? RULES : RULES.filter((rule) => rule.stage === 'validate');
}
/** The files a stage's rules read besides the records: load/ reads these and only these, and a cached result depends on them. */
export function filesRead(stage) {
    return new Set(rulesOf(stage).flatMap((rule) => rule.reads.files ?? []));
}
/** The fields a stage keeps of each record: what its rules declared, what reading their files takes, and the identity fields. */
export function fieldsKept(stage) {
    return mergeFields([
        ALWAYS_KEPT,
        ...[...filesRead(stage)].map((kind) => NAMED_FILE_FIELDS[kind]),
        ...rulesOf(stage).map((rule) => rule.reads.records),
    ]);
}
/** What a run still keeps of each record while `rulesToRun` are left to run: what they read, the identity fields, and what the command keeps. */
export function fieldsStillKept(keep, rulesToRun) {
    return mergeFields([ALWAYS_KEPT, keep, ...rulesToRun.map((rule) => rule.reads.records)]);
}
/** `fields` and what reading the stage's files takes: what a run must hold from its load until the files are read. */
export function withFileFields(stage, fields) {
    return mergeFields([fields, ...[...filesRead(stage)].map((kind) => NAMED_FILE_FIELDS[kind])]);
}
/** What one rule may read of each record: its declaration and the identity fields. */
export function fieldsReadBy(rule) {
    return mergeFields([ALWAYS_KEPT, rule.reads.records]);
}
