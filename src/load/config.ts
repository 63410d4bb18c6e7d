import path from 'node:path';
import { UsageError } from '../exit.js';
import type { Config } from '../model/records.js';
import { LIMITS } from './limits.js';
import { CONFIG_FILE } from './root.js';
import { readRegularFile } from './safe-read.js';

export interface LoadedConfig {
  config: Config;
  /** Absolute path of the config file, when there is one. */
  file: string | undefined;
}

/**
 * Reads claims.config.yaml from the repository root, validating all of it before reporting, so every
 * problem shows at once with its position. A broken config is a usage error (exit 2). The parser and
 * the rule catalogue are imported only when there is a file to check.
 */
export async function loadConfig(root: string): Promise<LoadedConfig> {
  const file = path.join(root, CONFIG_FILE);
  const read = readRegularFile(file, LIMITS.maxRecordFileBytes);
  if (!read.ok && read.code === 'missing') return { config: {}, file: undefined };
  if (!read.ok) throw invalidConfig([`${CONFIG_FILE}:1:1 ${read.reason}`]);
  const [{ checkConfig }, { catalogueView }] = await Promise.all([import('./config-check.js'), import('../check/catalogue.js')]);
  return { config: checkConfig(read.bytes, catalogueView), file };
}

export function invalidConfig(lines: string[]): UsageError {
  return new UsageError(`invalid ${CONFIG_FILE}`, lines, `Fix ${CONFIG_FILE}; schemas/config.schema.json describes every setting.`);
}
