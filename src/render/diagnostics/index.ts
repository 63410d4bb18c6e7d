import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import type { DiagnosticsFormatter } from './report.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const DIAGNOSTICS_FORMATTERS: Readonly<Record<string, DiagnosticsFormatter>> = { stylish, json, github, sarif, junit };
