import { ExitCode, UsageError } from '../model/exit.js';
import { chalkFor } from '../render/colour.js';
import { claimDetail, claimViews } from '../views/claim-view.js';
import { renderShow } from '../render/report/show.js';
import { closestMatches } from '../model/suggest.js';
import { checkedWorkspace } from './checked-workspace.js';
/** `claims show <id>`: one claim in full, with its anchored sentence, sourcing, the claims built on it, confidence, review, its findings and those on other claims about it. */
export function defineShowCommand(command, io, setExit) {
    return command.argument('<id>', 'the claim id').action(async (id) => {
        const run = await checkedWorkspace(io, 'verify');
        const views = claimViews({ workspace: run.workspace, verify: run.verify, diagnostics: run.diagnostics });
        const view = views.get(id);
        if (!view) {
            const close = closestMatches(id, views.keys(), 3);
            const what = run.workspace.sources.has(id)
                ? `"${id}" is a source, not a claim`
                : run.workspace.claims.has(id)
                    ? `claim "${id}" is invalid; run \`claims validate\``
                    : `no claim "${id}"`;
            throw new UsageError(what, close.length > 0 ? [`did you mean: ${close.join(', ')}`] : [], 'Run `claims list --format ids` for every claim id.');
        }
        const text = run.verify?.storyText(view.storyId);
        io.stdout(renderShow(view, {
            chalk: chalkFor(io),
            storyTitle: run.workspace.stories.get(view.storyId)?.value.title,
            text: text?.ok ? text.text : undefined,
            textProblem: text && !text.ok ? text.reason : undefined,
            detail: claimDetail(views, view),
        }));
        setExit(ExitCode.Ok);
    });
}
