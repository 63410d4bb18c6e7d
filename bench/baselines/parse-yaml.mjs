// Baseline (b): read and parse every claim file with the `yaml` package into plain objects.
import { readFileSync } from 'node:fs';
import { glob } from 'tinyglobby';
import { parseAllDocuments } from 'yaml';

const files = await glob('claims/**/*.yaml', { cwd: process.argv[2], absolute: true });
let documents = 0;
for (const file of files) {
  for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) {
    document.toJS();
    documents++;
  }
}
process.stdout.write(`${files.length} files, ${documents} documents\n`);
