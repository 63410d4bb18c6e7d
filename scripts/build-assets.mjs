// Derives src/render/report/html-assets.generated.ts from the HTML report's stylesheet and browser script in
// src/render/report/assets/, which are real files so prettier and eslint see them. `npm run gen:assets` (and
// `npm run build`) rewrites it; test/render/html-assets.test.ts fails when it is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const assetDir = 'src/render/report/assets';
const targetPath = 'src/render/report/html-assets.generated.ts';

/**
 * The generated module's text for the given stylesheet and script. Both are inlined into `<style>` and
 * `<script>` elements, so text that could end the element early or open a comment is refused.
 */
export function renderAssetsModule(css, js) {
  const assets = [
    { name: 'REPORT_CSS', file: 'report.css', element: 'style', text: css },
    { name: 'REPORT_JS', file: 'report.js', element: 'script', text: js },
  ];
  const constants = assets.map(({ name, file, element, text }) => {
    // Git may check the files out with CRLF; the output is the same on every platform.
    const normalised = text.replace(/\r\n?/g, '\n');
    if (new RegExp(`</${element}|<!--`, 'i').test(normalised)) {
      throw new Error(`${assetDir}/${file} contains "</${element}" or "<!--", which would break its inline <${element}> element`);
    }
    return `/** The text of ${assetDir}/${file}. */\nexport const ${name} = ${JSON.stringify(normalised)};\n`;
  });
  return [
    `// Generated from ${assetDir}/report.css and ${assetDir}/report.js by \`npm run gen:assets\`. Do not edit.`,
    '// The HTML report inlines both; they are fixed text, no record data is ever put in them.',
    '',
    constants.join('\n'),
  ].join('\n');
}

/** The generated module's text from the asset files as they are now. */
export async function renderReportAssets() {
  const read = (file) => readFile(new URL(`${assetDir}/${file}`, root), 'utf8');
  return renderAssetsModule(await read('report.css'), await read('report.js'));
}

/** Writes the generated module, leaving it untouched (and its mtime unchanged) when it is current. */
export async function writeReportAssets() {
  const target = new URL(targetPath, root);
  const text = await renderReportAssets();
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) await writeFile(target, text);
}

// Run as a script (`node scripts/build-assets.mjs`), not imported by the drift test.
if (process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  await writeReportAssets();
}
