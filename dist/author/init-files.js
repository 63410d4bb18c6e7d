import { Document } from 'yaml';
/** `claims.config.yaml`: the record paths, with where to read about everything else. */
export function configText(links) {
    const tag = `v${links.version}`;
    return `# claims configuration: record paths, rule severities and thresholds.
# Schema: \`npx claims schema config\` (${links.homepage}/blob/${tag}/schemas/config.schema.json)
# Docs: ${links.homepage}/blob/${tag}/README.md#configuration; every rule: ${links.homepage}/tree/${tag}/docs/rules
paths: [claims]
`;
}
/** The line that keeps the result cache out of git. */
export function cacheIgnoreLine(cacheDir) {
    return `${cacheDir}/`;
}
/** Whether a .gitignore already ignores the cache folder at the root (as `x`, `x/`, `/x` or `/x/`). */
export function ignoresCache(gitignore, cacheDir) {
    const accepted = new Set([cacheDir, `${cacheDir}/`, `/${cacheDir}`, `/${cacheDir}/`]);
    return gitignore.split(/\r\n|\n|\r/).some((line) => accepted.has(line.trim()));
}
/** A .gitignore with the cache line added at its end (after a line break, when the file lacks a final one). */
export function withCacheIgnored(gitignore, cacheDir) {
    const separator = gitignore === '' || /[\r\n]$/.test(gitignore) ? '' : '\n';
    return `${gitignore}${separator}${cacheIgnoreLine(cacheDir)}\n`;
}
/** docs/ci.md, "GitHub Actions": the recommended workflow, verbatim. */
export const GITHUB_WORKFLOW = `name: claims
on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read

jobs:
  claims:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write # upload-sarif
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: 20
          cache: npm
      - run: npm ci

      # Annotations on the diff and a job summary table, plus a SARIF file for code scanning.
      # Exit 1 on errors, or on any warning with --max-warnings 0.
      - name: Verify claims
        run: npx claims verify --format github --format sarif --out claims.sarif --max-warnings 0

      # Findings make the step above fail; upload them anyway (but not after a usage error left no file).
      # Code scanning ignores SARIF suppressions and would open alerts for suppressed findings: drop them.
      - name: Drop suppressed findings
        if: \${{ always() && hashFiles('claims.sarif') != '' }}
        run: jq '.runs[].results |= map(select((.suppressions // []) == []))' claims.sarif > claims-code-scanning.sarif

      - name: Upload SARIF to code scanning
        if: \${{ always() && hashFiles('claims-code-scanning.sarif') != '' }}
        uses: github/codeql-action/upload-sarif@v4
        with:
          sarif_file: claims-code-scanning.sarif
`;
/** `.github/workflows/claims.yml`: the recommended workflow, under a comment saying where it comes from and what it needs. */
export function workflowText(links) {
    return `# claims on every pull request: ${links.homepage}/blob/v${links.version}/docs/ci.md#github-actions
# \`npm ci\` installs claims: add it to package.json's devDependencies first
# (npm install --save-dev ${npmGitSpec(links)}).
${GITHUB_WORKFLOW}`;
}
/** `.pre-commit-config.yaml` (docs/ci.md, "pre-commit"), pinned to this version's tag. */
export function preCommitText(links) {
    const document = new Document({
        repos: [{ repo: links.homepage, rev: `v${links.version}`, hooks: [{ id: 'claims-validate' }] }],
    });
    document.commentBefore = ` pre-commit hooks: ${links.homepage}/blob/v${links.version}/docs/ci.md#pre-commit`;
    const hooks = document.getIn(['repos', 0, 'hooks'], true);
    if (hooks)
        hooks.comment = ' - id: claims-verify   # every check, story texts and evidence too; slower';
    return document.toString();
}
/** `github:owner/name#vX.Y.Z` for a GitHub homepage, else the package name. */
function npmGitSpec(links) {
    const match = /^https:\/\/github\.com\/([^/]+\/[^/]+?)\/?$/.exec(links.homepage);
    return match ? `github:${match[1]}#v${links.version}` : 'claims';
}
