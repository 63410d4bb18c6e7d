import path from 'node:path';
import { UsageError } from '../exit.js';
import type { Config } from '../model/records.js';
import { buildId } from './build-id.js';
import { LIMITS } from './limits.js';
import { RunCache } from './run-cache.js';
import { CONFIG_FILE } from './root.js';
import { readRegularFile } from './safe-read.js';

export interface LoadedConfig {
  config: Config;
  /** Absolute path of the config file, when there is one. */
  file: string | undefined;
}

/**
 * Reads claims.config.yaml from the repository root, validating all of it before reporting, so every
 * problem shows at once with its position. A broken config is a usage error (exit 2). The parser, the
 * validators and the rule catalogue are imported only to check a config this build has not checked
 * before (with `useCache`, a checked config is kept in the result cache by its bytes).
 */
export async function loadConfig(root: string, useCache = false): Promise<LoadedConfig> {
  const file = path.join(root, CONFIG_FILE);
  const read = readRegularFile(file, LIMITS.maxRecordFileBytes);
  if (!read.ok && read.code === 'missing') return { config: {}, file: undefined };
  if (!read.ok) throw invalidConfig([`${CONFIG_FILE}:1:1 ${read.reason}`]);
  const check = async () => {
    const [{ checkConfig }, { catalogueView }] = await Promise.all([import('./config-check.js'), import('../check/catalogue.js')]);
    return checkConfig(read.bytes, catalogueView);
  };
  const config =
    useCache && buildId !== undefined ? await new RunCache(root).derived('configs', buildId, read.bytes, check) : await check();
  return { config, file };
}

export function invalidConfig(lines: string[]): UsageError {
  return new UsageError(`invalid ${CONFIG_FILE}`, lines, `Fix ${CONFIG_FILE}; schemas/config.schema.json describes every setting.`);
}
