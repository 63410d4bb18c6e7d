// Precompiles the record schemas into dist/load/schema/validators.js (ajv standalone code), so the CLI
// does not compile them at every start (about 100 ms). Runs after tsc in `npm run build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormatsPlugin from 'ajv-formats';
import { AJV_OPTIONS, FORMATS, SCHEMA_IDS } from '../dist/load/schema/options.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true } });
addFormatsPlugin.default(ajv, FORMATS);
for (const kind of ['common', ...Object.keys(SCHEMA_IDS)])
  ajv.addSchema(JSON.parse(readFileSync(`${root}schemas/${kind}.schema.json`, 'utf8')));
const code = standaloneCode.default(ajv, SCHEMA_IDS);
// ajv's ESM output still calls require() for its runtime helpers.
const header = "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n";
writeFileSync(`${root}dist/load/schema/validators.js`, header + code.replace(/^"use strict";/, ''));
