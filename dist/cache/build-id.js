import { readFileSync } from 'node:fs';
/** Identifies this build of claims (code and schemas), which cached results depend on; absent when running from source. */
export const buildId = (() => {
    try {
        return readFileSync(new URL('../build-id.txt', import.meta.url), 'utf8').trim();
    }
    catch {
        return undefined;
    }
})();
