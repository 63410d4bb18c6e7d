import { Option } from 'commander';
import { ExitCode } from '../model/exit.js';
import { chalkFor } from '../render/colour.js';
import { claimViewMaker } from '../views/claim-view.js';
import { terminalWidth } from '../render/report/fit.js';
import { LIST_FORMATS, renderList, renderListTable } from '../render/report/list.js';
import { sourceIdsOf } from '../views/report-model.js';
import { LIST_FIELDS, listValues, matchesClaim, matchesSources, SORT_FIELDS, sortByKey, sortKeyOf, } from '../views/query.js';
import { emit } from './write-output.js';
import { keepingHeapSmall } from './small-heap.js';
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
        .action((options) => keepingHeapSmall(async () => {
        const run = await checkedWorkspace(io, 'validate', LIST_FIELDS);
        validateFilters(options, { stories: run.workspace.stories.keys(), sources: run.workspace.sources.keys() });
        // Views are made a chunk at a time, from records cut down to what they show (LIST_FIELDS): over
        // 100,000 claims, holding every view and the whole output at once would take most of a gigabyte.
        const maker = claimViewMaker({ workspace: run.workspace });
        const listed = [];
        const bySource = (options.source ?? []).length > 0;
        for (const record of maker.claims) {
            const claim = record.value;
            // Only the source filter needs a claim's view (its attributions' and evidence's sources resolved).
            if (!matchesClaim(claim, options) || (bySource && !matchesSources(sourceIdsOf(maker.view(record)), options)))
                continue;
            listed.push({ item: record, id: claim.id, key: sortKeyOf(claim, options.sort) });
        }
        const sorted = sortByKey(listed, options.reverse).map((entry) => entry.item);
        const renderOptions = { chalk: chalkFor(io), width: terminalWidth(io.columns) };
        const viewsOf = (records) => records.map((record) => maker.view(record));
        function* chunks() {
            for (let start = 0; start < sorted.length; start += LIST_CHUNK)
                yield viewsOf(sorted.slice(start, start + LIST_CHUNK));
        }
        const { format } = options;
        if (format === 'table')
            await emit(io, renderListTable(chunks, sorted.length, renderOptions), undefined);
        else if (sorted.length <= LIST_CHUNK)
            await emit(io, renderList(viewsOf(sorted), format, renderOptions), undefined);
        else
            await emit(io, listInPieces(chunks(), (views) => renderList(views, format, renderOptions), format), undefined);
        setExit(ExitCode.Ok);
    }));
}
/**
 * Claims rendered at a time: few enough that each chunk's text stays out of V8's large-object space
 * (about 50 KiB of text), where every chunk's garbage would stay until a full collection.
 */
const LIST_CHUNK = 50;
/**
 * The text renderList gives for all the claims of `chunks` (at least one), made a chunk at a time: `ids` lines
 * as they are; `csv` without the header after the first chunk; `json` (an array, one entry per claim, indented
 * two spaces) by joining the chunks' entries with `,\n` inside one pair of brackets.
 */
function* listInPieces(chunks, render, format) {
    let first = true;
    for (const views of chunks) {
        const text = render(views);
        if (format === 'ids')
            yield text;
        else if (format === 'csv')
            yield first ? text : text.slice(text.indexOf('\r\n') + 2);
        // `[\n  {…},\n  {…}\n]\n`: the entries are between the first line and the last.
        else
            yield `${first ? '[\n' : ',\n'}${text.slice(2, -3)}`;
        first = false;
    }
    if (format === 'json')
        yield '\n]\n';
}
