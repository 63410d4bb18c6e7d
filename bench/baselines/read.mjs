// Baseline (a): read every claim file of the corpus, nothing else.
import { readFileSync } from 'node:fs';
import { glob } from 'tinyglobby';

const files = await glob('claims/**/*.yaml', { cwd: process.argv[2], absolute: true });
let bytes = 0;
for (const file of files) bytes += readFileSync(file).length;
process.stdout.write(`${files.length} files, ${bytes} bytes\n`);
