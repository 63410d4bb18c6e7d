// Writes dist/build-id.txt: a digest of the compiled code and the schemas. The result cache is keyed by
// it, so any change to claims itself (not only a version bump) invalidates cached results.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const digest = createHash('sha256');
for (const dir of ['dist', 'schemas']) {
  for (const file of readdirSync(`${root}${dir}`, { recursive: true }).map(String).sort()) {
    if (file === 'build-id.txt' || !/\.(js|json)$/.test(file)) continue;
    digest
      .update(`${dir}/${file}\0`)
      .update(readFileSync(`${root}${dir}/${file}`))
      .update('\0');
  }
}
writeFileSync(`${root}dist/build-id.txt`, `${digest.digest('hex')}\n`);
