import { Option } from 'commander';
import { ExitCode, UsageError } from '../model/exit.js';
import { closestMatches } from '../model/suggest.js';
import { sentencesWithClaims } from '../author/sentence-claims.js';
import { chalkFor } from '../render/colour.js';
import { terminalWidth } from '../render/report/fit.js';
import { renderSentencesJson, renderSentencesTable, SENTENCES_FORMATS } from '../render/sentences.js';
import { numberedSentences } from '../views/sentences.js';
import { checkedWorkspace } from './checked-workspace.js';
/**
 * `claims sentences <story-id>`: every sentence and heading of a story, numbered as `new claim --sentence N`
 * reads them, with its line:column and the claims whose anchor resolves into it.
 */
export function defineSentencesCommand(command, io, setExit) {
    return command
        .argument('<story-id>', 'the story id')
        .addOption(new Option('-f, --format <name>', 'output format').choices(SENTENCES_FORMATS).default('table'))
        .action(async (storyId, options) => {
        const run = await checkedWorkspace(io, 'verify');
        const { workspace } = run;
        const story = workspace.stories.get(storyId);
        if (!story?.valid) {
            const close = closestMatches(storyId, [...workspace.stories.values()].filter((record) => record.valid).map((record) => record.value.id), 3);
            const what = story
                ? `story "${storyId}" is invalid; run \`claims validate\``
                : workspace.claims.has(storyId) || workspace.sources.has(storyId) || workspace.evidence.has(storyId)
                    ? `"${storyId}" is a ${workspace.claims.has(storyId) ? 'claim' : workspace.sources.has(storyId) ? 'source' : 'evidence record'}, not a story`
                    : `no story "${storyId}"`;
            throw new UsageError(what, close.length > 0 ? [`did you mean: ${close.join(', ')}`] : [], 'Stories are the records of kind Story in your claim files.');
        }
        const text = run.verify?.storyText(storyId);
        if (!text?.ok)
            throw new UsageError(`cannot read the text of story "${storyId}"${text?.file ? ` (${text.file})` : ''}: ${text?.reason ?? 'not read'}`, [], 'Run `claims verify` for the story/text-missing finding.');
        const spans = [];
        for (const claim of workspace.claimsOf(storyId)) {
            const resolution = claim.valid ? run.verify?.anchors.get(claim) : undefined;
            if (resolution && 'start' in resolution)
                spans.push({ id: claim.value.id, start: resolution.start, end: resolution.end });
        }
        const sentences = sentencesWithClaims(numberedSentences(text.text, text.index), spans);
        await io.stdout(options.format === 'json'
            ? renderSentencesJson(storyId, sentences)
            : renderSentencesTable(sentences, { chalk: chalkFor(io), width: terminalWidth(io.columns), claims: true }));
        setExit(ExitCode.Ok);
    });
}
