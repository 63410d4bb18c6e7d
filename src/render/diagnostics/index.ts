import type { DiagnosticsFormatter } from './report.js';

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
} satisfies Record<string, () => Promise<DiagnosticsFormatter>>;

export type DiagnosticsFormat = keyof typeof LOADERS;

export const DIAGNOSTICS_FORMATS = Object.keys(LOADERS) as readonly DiagnosticsFormat[];

export function isDiagnosticsFormat(name: string): name is DiagnosticsFormat {
  return Object.hasOwn(LOADERS, name);
}

export function loadDiagnosticsFormatter(format: DiagnosticsFormat): Promise<DiagnosticsFormatter> {
  return LOADERS[format]();
}
