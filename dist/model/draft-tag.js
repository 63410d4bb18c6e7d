/** The tag `claims extract` puts on every claim it drafts; `status/draft` reports it until a person removes it. */
export const DRAFT_TAG = 'draft';
