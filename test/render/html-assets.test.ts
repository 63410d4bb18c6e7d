import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { renderAssetsModule, renderReportAssets } from '../../scripts/build-assets.mjs';

describe('the HTML report assets', () => {
  it('are exactly what src/render/report/assets/ generates (run `npm run gen:assets` after editing them)', async () => {
    const committed = readFileSync(new URL('../../src/render/report/html-assets.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await renderReportAssets());
  });

  it('refuse text that would end the inline element early or open a comment', () => {
    expect(() => renderAssetsModule('a::after { content: "</STYLE>"; }', '')).toThrow(/report\.css/);
    expect(() => renderAssetsModule('', "const s = '</script>';")).toThrow(/report\.js/);
    expect(() => renderAssetsModule('', '// <!-- x')).toThrow(/report\.js/);
    expect(renderAssetsModule('a {}\r\n', 'f();\r\n')).toBe(renderAssetsModule('a {}\n', 'f();\n'));
  });
});
