import { Option } from 'commander';
import { ExitCode, UsageError } from '../model/exit.js';
import { EXPORT_FORMATS, jsonText, missingSettings } from '../render/export/index.js';
import { terminalSafeLine } from '../render/encode/terminal.js';
import { claimViews, compareStoryOrder } from '../views/claim-view.js';
import { checkedWorkspace } from './checked-workspace.js';
import { requireKnown } from './known-values.js';
import { resolveTarget } from './workspace-options.js';
import { emit } from './write-output.js';
/**
 * `claims export --format …`: the claims in a format the rest of the world reads (docs/export.md), one
 * JSON document per run. The settings a format needs come from claims.config.yaml's `export` section; a
 * missing one is a usage error naming it. Claims a format leaves out are listed on stderr with why.
 */
export function defineExportCommand(command, io, setExit) {
    return command
        .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(EXPORT_FORMATS)).makeOptionMandatory())
        .option('-s, --story <id>', 'only this story (default: every story)')
        .option('-o, --out <file>', 'write to a file instead of stdout (atomically)')
        .action(async (options) => {
        const { config } = await resolveTarget(io, []);
        const missing = missingSettings(options.format, config.export);
        if (missing.length > 0)
            throw new UsageError(`--format ${options.format} needs ${missing.join(' and ')} in claims.config.yaml`, [], 'See docs/export.md, "Settings", for what each setting is.');
        const run = await checkedWorkspace(io, 'verify');
        const { workspace } = run;
        if (options.story !== undefined)
            requireKnown('--story', [options.story], workspace.stories.keys(), 'story');
        const claims = [...claimViews({ workspace, verify: run.verify, diagnostics: run.diagnostics }).values()]
            .filter((view) => options.story === undefined || view.storyId === options.story)
            .sort(compareStoryOrder);
        const texts = new Map();
        for (const storyId of new Set(claims.map((view) => view.storyId))) {
            const text = run.verify?.storyText(storyId);
            if (text?.ok)
                texts.set(storyId, text.text);
        }
        const output = EXPORT_FORMATS[options.format].build({
            claims,
            stories: new Map(workspace.valid('Story').map((record) => [record.value.id, record.value])),
            sources: new Map(workspace.valid('Source').map((record) => [record.value.id, record.value])),
            texts,
            settings: config.export ?? {},
            story: options.story,
        });
        await emit(io, jsonText(output.document), options.out);
        for (const skipped of output.skipped)
            io.stderr(`claims: left out ${terminalSafeLine(skipped.id)}: ${terminalSafeLine(skipped.why)}\n`);
        for (const note of output.notes)
            io.stderr(`claims: note: ${terminalSafeLine(note)}\n`);
        const exported = claims.length - output.skipped.length;
        io.stderr(`claims: ${options.format}: ${exported} of ${claims.length} claim${claims.length === 1 ? '' : 's'} exported` +
            `${output.skipped.length > 0 ? `; ${output.skipped.length} left out (only a verdict with a review makes a review)` : ''}\n`);
        setExit(ExitCode.Ok);
    });
}
