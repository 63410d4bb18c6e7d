import { statSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { UsageError } from '../exit.js';
import { compareText } from '../model/diagnostic.js';

const RECORD_EXTENSIONS = /\.ya?ml$/i;
const IGNORED = ['**/node_modules/**', '**/.git/**', '**/.claims-cache/**'];

/**
 * Expands files, directories and globs into a sorted, de-duplicated list of absolute record file paths.
 * A directory stands for every .yaml/.yml file under it. An argument that matches nothing is a usage error.
 */
export async function discoverRecordFiles(patterns: readonly string[], base: string, configFile?: string): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const absolute = path.resolve(base, pattern);
    const stat = statOrUndefined(absolute);
    let matches: string[];
    if (stat?.isDirectory()) {
      matches = await glob('**/*.{yaml,yml,YAML,YML}', { cwd: absolute, absolute: true, dot: false, ignore: IGNORED, followSymbolicLinks: false });
    } else if (stat) {
      matches = [absolute];
    } else {
      matches = await glob(pattern, { cwd: base, absolute: true, dot: false, ignore: IGNORED, followSymbolicLinks: false });
      matches = matches.filter((file) => RECORD_EXTENSIONS.test(file));
    }
    if (matches.length === 0) {
      throw new UsageError(`no claim files matched "${pattern}"`, [], 'Pass a file, a directory or a glob of .yaml files, or set `paths` in claims.config.yaml.');
    }
    for (const match of matches) {
      const normal = path.normalize(match);
      if (normal !== configFile) found.add(normal);
    }
  }
  return [...found].sort(compareText);
}

function statOrUndefined(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}
