import path from 'node:path';
import { invalidConfig } from './config-errors.js';
import { LIMITS } from './limits.js';
import { CONFIG_FILE } from './root.js';
import { readRegularFile } from './safe-read.js';
/**
 * Reads claims.config.yaml from the repository root, validating all of it before reporting, so every
 * problem shows at once with its position. A broken config is a usage error (exit 2). The parser, the
 * validators and the rule catalogue are imported only to check a config `memo` has not seen.
 */
export async function loadConfig(root, loading) {
    const file = path.join(root, CONFIG_FILE);
    const read = readRegularFile(file, LIMITS.maxRecordFileBytes);
    if (!read.ok && read.code === 'missing')
        return { config: {}, file: undefined };
    if (!read.ok)
        throw invalidConfig([`${CONFIG_FILE}:1:1 ${read.reason}`]);
    const check = async () => {
        const [{ checkConfig }, catalogue] = await Promise.all([import('./config-check.js'), loading.catalogue()]);
        return checkConfig(read.bytes, catalogue);
    };
    const config = loading.memo ? await loading.memo(read.bytes, check) : await check();
    return { config, file };
}
