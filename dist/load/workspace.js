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
}
