/**
 * Each format's module, imported only when that format is asked for: `claims verify` should not load
 * the SARIF renderer (and through it the whole rule catalogue) to print stylish output.
 */
const LOADERS = {
    stylish: async () => (await import('./stylish.js')).stylish,
    json: async () => (await import('./json.js')).json,
    github: async () => (await import('./github.js')).github,
    sarif: async () => (await import('./sarif.js')).sarif,
    junit: async () => (await import('./junit.js')).junit,
};
export const DIAGNOSTICS_FORMATS = Object.keys(LOADERS);
export function isDiagnosticsFormat(name) {
    return Object.hasOwn(LOADERS, name);
}
export function loadDiagnosticsFormatter(format) {
    return LOADERS[format]();
}
