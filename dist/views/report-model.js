import { compareText } from '../model/diagnostic.js';
import { claimViews, compareStoryOrder, sourceView } from './claim-view.js';
import { CLAIM_TYPES } from './enums.js';
import { groupBy } from '../model/group-by.js';
/** Builds the report for the given stories (all when none are given) from a `verify` run. */
export function buildReport(run, storyIds, generator) {
    const views = claimViews({ workspace: run.workspace, verify: run.verify, diagnostics: run.diagnostics });
    const stories = [...run.workspace.stories.values()]
        .filter((record) => record.valid && (storyIds === undefined || storyIds.includes(record.value.id)))
        .sort((a, b) => compareText(a.value.id, b.value.id));
    const viewsByStory = groupBy(views.values(), (view) => view.storyId);
    const summaries = new Map(run.stories.map((summary) => [summary.storyId, summary]));
    return {
        generator,
        stories: stories.map((record) => {
            const story = record.value;
            const claims = (viewsByStory.get(story.id) ?? []).sort(compareStoryOrder);
            const text = run.verify?.storyText(story.id);
            const sources = [...new Set(claims.flatMap(sourceIdsOf))].sort(compareText).map((id) => sourceView(run.workspace, id));
            const coverage = summaries.get(story.id);
            return {
                story,
                file: record.file,
                text: text?.ok ? text.text : undefined,
                textProblem: text && !text.ok ? text.reason : undefined,
                claims,
                sources,
                summary: summarise(claims, sources, coverage?.coverage, coverage?.sentences ?? 0),
            };
        }),
    };
}
/** Ids of every source a claim names: attribution sources, relays, evidence origins. */
export function sourceIdsOf(view) {
    return [
        ...view.attributions.flatMap((attribution) => [attribution.source.id, ...attribution.via.map((relay) => relay.id)]),
        ...view.evidence.flatMap((evidence) => (evidence.origin ? [evidence.origin.id] : [])),
    ];
}
function summarise(claims, sources, coverage, sentences) {
    return {
        claims: claims.length,
        byType: CLAIM_TYPES.map((type) => ({ type, count: claims.filter((view) => view.claim.type === type).length })),
        anonymousOnly: claims.filter((view) => view.anonymousOnly).length,
        unattributed: claims.filter((view) => view.unattributed).length,
        verified: claims.filter((view) => view.claim.status === 'verified').length,
        namedSources: sources.filter((source) => !source.anonymous).length,
        anonymousSources: sources.filter((source) => source.anonymous).length,
        coverage,
        sentences,
    };
}
