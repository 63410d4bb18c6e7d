// Derives src/model/records.generated.ts from schemas/ so record types are never written twice by hand.
// `npm run gen:types` rewrites it; test/model/generated-types.test.ts fails when it is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderRecordTypes } from './record-types.mjs';

const target = fileURLToPath(new URL('../src/model/records.generated.ts', import.meta.url));
const text = await renderRecordTypes();
const current = await readFile(target, 'utf8').catch(() => '');
if (current !== text) await writeFile(target, text);
