import { Option } from 'commander';
import { ExitCode } from '../model/exit.js';
import { renderDot } from '../render/graph/dot.js';
import { renderMermaid } from '../render/graph/mermaid.js';
import { provenanceGraph } from '../views/graph-model.js';
import { claimViews } from '../views/claim-view.js';
import { requireKnown } from './known-values.js';
import { checkedWorkspace } from './checked-workspace.js';
import { emit } from './write-output.js';
const GRAPH_FORMATS = { mermaid: renderMermaid, dot: renderDot };
/** `claims graph`: the provenance graph (sources, via chains, claims, derivations, contradictions) as Mermaid or DOT. */
export function defineGraphCommand(command, io, setExit) {
    return command
        .option('-s, --story <id>', 'only this story (default: every story)')
        .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(GRAPH_FORMATS)).default('mermaid'))
        .option('-o, --out <file>', 'write to a file instead of stdout (atomically)')
        .action(async (options) => {
        const run = await checkedWorkspace(io, 'validate');
        if (options.story !== undefined)
            requireKnown('--story', [options.story], run.workspace.stories.keys(), 'story');
        // File order: the order the records were written in, usually the story's.
        const views = [...claimViews({ workspace: run.workspace }).values()].filter((view) => options.story === undefined || view.storyId === options.story);
        await emit(io, GRAPH_FORMATS[options.format](provenanceGraph(views)), options.out);
        setExit(ExitCode.Ok);
    });
}
