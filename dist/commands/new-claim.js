import { Option } from 'commander';
import { placeAnchor, quoteFromStory } from '../author/claim-anchor.js';
import { suggestId } from '../author/suggest-id.js';
import { resolvesExactly } from '../author/unique-anchor.js';
import { CLAIM_TYPES, EVIDENCE_RELATIONS, LIKELIHOOD_TERMS, RELATIONS } from '../author/vocabulary.js';
import { UsageError } from '../model/exit.js';
import { terminalSafe } from '../render/encode/terminal.js';
import { checkNewId, existingRecord, idsOf, loadAuthoring, storyFolder, storyTextOf, targetFile, writeRecord } from './authoring.js';
import { parsePositive } from './workspace-options.js';
/** The honest scaffold of a claim nobody has graded yet: even chance, credibility 6 (cannot be judged). */
const UNGRADED = { likelihood: 'roughly-even-chance', credibility: 6, rationale: 'Not yet graded.' };
/** `claims new claim`: a Claim anchored in the story text, appended to the story folder's claims.yaml. */
export function defineNewClaimCommand(parent, io, setExit) {
    return parent
        .command('claim')
        .description("add a Claim anchored in a story's text to its claims.yaml")
        .requiredOption('--story <id>', 'the story the claim appears in')
        .option('--sentence <n>', 'anchor the whole Nth sentence, as `claims sentences` numbers them (with --exact: look only there)', parsePositive('--sentence'))
        .option('--exact <text>', 'anchor this text of the story (straight quotes match curly ones)')
        .option('--id <id>', 'the claim id (default: suggested from the statement, unique)')
        .addOption(new Option('--type <type>', 'what kind of assertion (default: attributed-statement with --source, else fact)').choices(CLAIM_TYPES))
        .option('--statement <text>', 'the assertion in neutral words (default: the anchored text)')
        .option('--source <id>', 'the Source the story attributes the claim to')
        .addOption(new Option('--relation <relation>', 'how the source conveyed it (with --source)').choices(RELATIONS))
        .option('--via <ids>', 'the Sources it passed through, nearest the origin first, comma-separated (with --source)')
        .option('--quote <text>', "the source's words as the story prints them (with --source)")
        .option('--evidence <id:relation>', `an Evidence record and how it bears on the claim (${EVIDENCE_RELATIONS.join(', ')}); repeatable`, collect, [])
        .addOption(new Option('--likelihood <term>', 'ICD 203 likelihood (with --rationale)').choices(LIKELIHOOD_TERMS))
        .option('--credibility <n>', 'Admiralty credibility 1-6 (with --rationale)', parseCredibility)
        .option('--rationale <text>', 'why this likelihood and credibility')
        .option('--dry-run', 'print the record; write nothing')
        .option('--file <name>', "the file to append to, relative to the story's folder (default: claims.yaml)")
        .action(async (options) => {
        checkCombinations(options);
        const authoring = await loadAuthoring(io);
        const { workspace } = authoring;
        const story = existingRecord(workspace, 'Story', options.story, '--story');
        const attribution = attributionOf(options, (id, flag) => existingRecord(workspace, 'Source', id, flag));
        const evidence = options.evidence.map((entry) => evidenceReference(entry, (id) => existingRecord(workspace, 'Evidence', id, '--evidence')));
        const text = await storyTextOf(authoring, story);
        if (story.value.sha256 !== undefined && story.value.sha256 !== text.sha256)
            io.stderr(`claims: warning: ${terminalSafe(text.file)} changed since story "${story.value.id}" recorded its sha256; the claim anchors the text as it is now\n`);
        const minSimilarity = authoring.thresholds.anchorMinSimilarity;
        const anchor = placeAnchor(text, { sentence: options.sentence, exact: options.exact }, minSimilarity);
        // The resolver `claims verify` uses must land on this span, verbatim, and nowhere else.
        if (!resolvesExactly(text.text, anchor.selector, anchor.span, minSimilarity))
            throw new Error(`the anchor made for ${text.file} at ${anchor.span.start}-${anchor.span.end} does not resolve to it`);
        if (attribution[0] && options.quote !== undefined)
            attribution[0].quote = quoteFromStory(text, options.quote);
        const statement = options.statement ?? anchor.text.replace(/\s+/g, ' ').trim();
        const id = options.id ?? suggestId(statement, 'claim', idsOf(workspace, 'Claim'));
        if (options.id !== undefined)
            checkNewId(workspace, 'Claim', id);
        const record = {
            apiVersion: 'claims/v1',
            kind: 'Claim',
            id,
            story: story.value.id,
            statement,
            type: options.type ?? (attribution.length > 0 ? 'attributed-statement' : 'fact'),
            anchor: anchor.selector,
            attribution,
            ...(evidence.length > 0 ? { evidence } : {}),
            confidence: options.rationale === undefined
                ? { ...UNGRADED }
                : {
                    likelihood: options.likelihood ?? UNGRADED.likelihood,
                    credibility: options.credibility ?? UNGRADED.credibility,
                    rationale: options.rationale,
                },
            status: 'unreviewed',
        };
        await writeRecord(io, setExit, {
            root: authoring.root,
            kind: 'Claim',
            record: { ...record },
            file: targetFile(authoring.root, storyFolder(authoring, story), 'claims.yaml', options.file),
            dryRun: options.dryRun ?? false,
        });
    });
}
function collect(value, previous) {
    return [...previous, value];
}
function parseCredibility(value) {
    if (!/^[1-6]$/.test(value))
        throw new UsageError(`--credibility needs a whole number from 1 to 6, got "${value}"`);
    return Number(value);
}
function checkCombinations(options) {
    if (options.sentence === undefined && options.exact === undefined)
        throw new UsageError('give --sentence N (a whole sentence) or --exact TEXT (a span of the story) to anchor the claim');
    if (options.source === undefined) {
        for (const flag of ['relation', 'via', 'quote'])
            if (options[flag] !== undefined)
                throw new UsageError(`--${flag} describes an attribution; it needs --source`);
    }
    else if (options.relation === undefined)
        throw new UsageError(`--source needs --relation: how the source conveyed it (${RELATIONS.join(', ')})`);
    if ((options.likelihood !== undefined || options.credibility !== undefined) && options.rationale === undefined)
        throw new UsageError('--likelihood and --credibility need --rationale: why that grade', [], 'Leave all three out for an ungraded scaffold.');
}
function attributionOf(options, source) {
    if (options.source === undefined || options.relation === undefined)
        return [];
    source(options.source, '--source');
    const via = (options.via ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id.length > 0);
    for (const id of via)
        source(id, '--via');
    return [{ source: options.source, relation: options.relation, ...(via.length > 0 ? { via } : {}) }];
}
function evidenceReference(entry, evidence) {
    const at = entry.lastIndexOf(':');
    const id = at === -1 ? entry : entry.slice(0, at);
    const relation = at === -1 ? '' : entry.slice(at + 1);
    if (!EVIDENCE_RELATIONS.includes(relation))
        throw new UsageError(`--evidence "${entry}" needs ID:relation, the relation one of ${EVIDENCE_RELATIONS.join(', ')}`);
    evidence(id);
    return { ref: id, relation: relation };
}
