import { Option } from 'commander';
import { ExitCode } from '../model/exit.js';
import { chalkFor } from '../render/colour.js';
import { claimViews } from '../views/claim-view.js';
import { terminalWidth } from '../render/report/fit.js';
import { LIST_FORMATS, renderList } from '../render/report/list.js';
import { listValues, matchesFilters, SORT_FIELDS, sortClaims } from '../views/query.js';
import { checkedWorkspace } from './checked-workspace.js';
import { validateFilters } from './known-values.js';
/** `claims list`: the claims, filtered and sorted, as a table, JSON, CSV or bare ids. */
export function defineListCommand(command, io, setExit) {
    return command
        .option('--story <ids>', 'only claims of these stories (comma-separated or repeated)', listValues)
        .option('--status <statuses>', 'only claims with one of these statuses', listValues)
        .option('--type <types>', 'only claims of these types', listValues)
        .option('--source <ids>', 'only claims naming one of these sources (attribution, via or evidence origin)', listValues)
        .option('--likelihood <terms>', 'only claims with one of these ICD 203 likelihoods', listValues)
        .option('--tag <tags>', 'only claims with one of these tags', listValues)
        .addOption(new Option('--sort <field>', 'sort by this field, then by id').choices(SORT_FIELDS).default('story'))
        .option('--reverse', "reverse the sort field's order")
        .addOption(new Option('-f, --format <name>', 'output format').choices(LIST_FORMATS).default('table'))
        .action(async (options) => {
        const run = await checkedWorkspace(io, 'validate');
        validateFilters(options, { stories: run.workspace.stories.keys(), sources: run.workspace.sources.keys() });
        const views = [...claimViews({ workspace: run.workspace }).values()].filter((view) => matchesFilters(view, options));
        const sorted = sortClaims(views, options.sort, options.reverse);
        io.stdout(renderList(sorted, options.format, { chalk: chalkFor(io), width: terminalWidth(io.columns) }));
        setExit(ExitCode.Ok);
    });
}
