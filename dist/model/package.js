import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
/** The installed package's root (holds schemas/ and docs/), whether running from src/ or dist/. */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
export const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
/** Where a rule's documentation page lives. */
export function ruleDocsUrl(ruleId) {
    return `${packageJson.homepage}/blob/main/docs/rules/${rulePageName(ruleId)}`;
}
/** A rule's page under docs/rules/: "/" becomes "-". */
export function rulePageName(ruleId) {
    return `${ruleId.replace('/', '-')}.md`;
}
