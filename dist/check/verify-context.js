import { resolveSelector } from './anchor/resolve.js';
import { computeCoverage } from './coverage.js';
/** The file a rule must declare (`reads.files`) to use each part of the context. */
export const FILE_BEHIND = {
    storyText: 'story-text',
    coverage: 'story-text',
    anchors: 'story-text',
    anchoredText: 'story-text',
    evidence: 'evidence',
    textChangedOn: 'git-history',
};
/** What verify's rules see beyond the records: the files load/ read for them, and each claim's anchor resolved in its story's text. */
export class VerifyContext {
    workspace;
    files;
    anchors = new Map();
    /**
     * `anchor.exact` of each claim whose anchor did not resolve to one place: anchoredText reads it after the run may
     * have dropped the anchor from the claims it holds (check/run.ts, a story's fields read story by story).
     */
    unplacedExact = new Map();
    /** Each story's coverage, once: the coverage rule and the summary line both ask. */
    coverageByStory = new Map();
    constructor(workspace, files, thresholds) {
        this.workspace = workspace;
        this.files = files;
        for (const claim of workspace.valid('Claim')) {
            const text = files.storyTexts.get(claim.value.story);
            const resolution = text?.ok ? resolveSelector(text.text, claim.value.anchor, thresholds.anchorMinSimilarity) : undefined;
            if (resolution)
                this.anchors.set(claim, resolution);
            if (!resolution || !('start' in resolution))
                this.unplacedExact.set(claim, claim.value.anchor.exact);
        }
    }
    /** Every evidence item that names an archive, with its read state. */
    get evidence() {
        return this.files.evidence;
    }
    /** Per story id, the date its text last changed. */
    get textChangedOn() {
        return this.files.textChangedOn;
    }
    /** The story text a claim's anchor resolved to, or its `anchor.exact` when it did not resolve to one place. */
    anchoredText(claim) {
        const resolution = this.anchors.get(claim);
        const text = this.storyText(claim.value.story);
        return resolution && 'start' in resolution && text?.ok
            ? text.text.slice(resolution.start, resolution.end)
            : this.unplacedExact.get(claim);
    }
    storyText(storyId) {
        return this.files.storyTexts.get(storyId);
    }
    coverage(storyId) {
        if (!this.coverageByStory.has(storyId)) {
            const text = this.storyText(storyId);
            const claims = this.workspace.claimsOf(storyId).filter((claim) => claim.valid);
            this.coverageByStory.set(storyId, text?.ok ? computeCoverage(storyId, text.text, claims, this.anchors) : undefined);
        }
        return this.coverageByStory.get(storyId);
    }
}
