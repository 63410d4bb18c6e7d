import { groupBy } from '../model/group-by.js';
/** Every loaded record, indexed by kind and id. The first record of an id (in file order) wins. */
export class Workspace {
    root;
    files;
    records;
    stories = new Map();
    sources = new Map();
    claims = new Map();
    evidence = new Map();
    claimsByStory;
    validByKind = new Map();
    constructor(root, 
    /** Every file checked, repository-relative, sorted. */
    files, records) {
        this.root = root;
        this.files = files;
        this.records = records;
        for (const record of records) {
            if (record.id === undefined)
                continue;
            const index = this.index(record.kind);
            if (!index.has(record.id))
                index.set(record.id, record);
        }
        // An invalid claim's story may be anything; only a string names a story.
        const withStory = [...this.claims.values()].filter((claim) => typeof claim.value.story === 'string');
        this.claimsByStory = groupBy(withStory, (claim) => claim.value.story);
    }
    index(kind) {
        const byKind = {
            Story: this.stories,
            Source: this.sources,
            Claim: this.claims,
            Evidence: this.evidence,
        };
        return byKind[kind];
    }
    /** Records of a kind, valid ones only, in file order; computed once, as most rules ask for them. */
    valid(kind) {
        let valid = this.validByKind.get(kind);
        if (!valid)
            this.validByKind.set(kind, (valid = this.records.filter((record) => record.kind === kind && record.valid)));
        return valid;
    }
    claimsOf(storyId) {
        return this.claimsByStory.get(storyId) ?? [];
    }
    /**
     * Per story id, this workspace as one story's rules see it: `valid('Story')` and `valid('Claim')` hold that story
     * and the valid claims that name it (a story id no record has included), lookups by id still reach every record,
     * and anything else that would list records of other stories throws. Keyed in file order of first appearance.
     */
    byStory() {
        const scopes = new Map();
        const scopeOf = (storyId) => {
            let scope = scopes.get(storyId);
            if (!scope)
                scopes.set(storyId, (scope = { stories: [], claims: [] }));
            return scope;
        };
        for (const record of this.records) {
            if (!record.valid)
                continue;
            if (record.kind === 'Story')
                scopeOf(record.value.id).stories.push(record);
            else if (record.kind === 'Claim')
                scopeOf(record.value.story).claims.push(record);
        }
        return new Map([...scopes].map(([storyId, { stories, claims }]) => [storyId, this.scope(storyId, stories, claims)]));
    }
    scope(storyId, stories, claims) {
        const outside = (what) => () => {
            throw new Error(`${what} is not one story's: a rule run a story at a time sees only story ${storyId} and its claims`);
        };
        // The indexes are this workspace's own, shared: a scope is a view of it, not a copy.
        const workspace = Object.create(this, {
            valid: {
                value: (kind) => (kind === 'Story' ? stories : kind === 'Claim' ? claims : outside(`valid('${kind}')`)()),
            },
            records: { get: outside('workspace.records') },
        });
        return { records: [...stories, ...claims], workspace };
    }
}
