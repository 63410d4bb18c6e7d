import { json } from './json.js';
import type { DiagnosticsFormatter } from './report.js';
import { stylish } from './stylish.js';

export const DIAGNOSTICS_FORMATTERS: Readonly<Record<string, DiagnosticsFormatter>> = { stylish, json };
