import { UsageError } from '../model/exit.js';
import { CONFIG_FILE } from './root.js';
export function invalidConfig(lines) {
    return new UsageError(`invalid ${CONFIG_FILE}`, lines, `Fix ${CONFIG_FILE}; schemas/config.schema.json describes every setting.`);
}
