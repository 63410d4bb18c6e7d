import { AJV_OPTIONS, FORMATS, SCHEMA_IDS } from './options.js';
import { readSchemaText, SCHEMA_KINDS } from './schema-files.js';
export { readSchemaText, schemaPath, SCHEMA_KINDS } from './schema-files.js';
/**
 * The built CLI ships validators precompiled by scripts/build-validators.mjs, so neither ajv's compiler
 * nor the schemas load at start; running from source (tests), they are compiled from the same schemas
 * and options.
 */
const validators = (await import(new URL('./validators.js', import.meta.url).href).catch(() => undefined)) ??
    (await compileAtRunTime());
async function compileAtRunTime() {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    // ajv-formats is CommonJS; under Node's ESM interop its default export is the plugin function itself.
    const addFormats = (await import('ajv-formats')).default;
    const ajv = new Ajv2020(AJV_OPTIONS);
    addFormats(ajv, [...FORMATS]);
    ajv.addSchema(JSON.parse(readSchemaText('common')));
    for (const kind of SCHEMA_KINDS)
        ajv.addSchema(JSON.parse(readSchemaText(kind)));
    return Object.fromEntries(SCHEMA_KINDS.map((kind) => [kind, ajv.getSchema(SCHEMA_IDS[kind])]));
}
/** Most schema errors kept per record: the byte cap bounds work, this bounds output. */
export const MAX_ERRORS = 20;
export function validateAgainst(kind, value) {
    const validate = validators[kind];
    return validate(value) ? [] : (validate.errors ?? []).slice(0, MAX_ERRORS * 5);
}
