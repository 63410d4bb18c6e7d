import { buildClaimReviews } from './claimreview.js';
import { buildFactCheckMarkup } from './factcheck-markup.js';
import { buildProvJson, buildProvJsonLd } from './prov.js';
import { buildWebAnnotations } from './web-annotation.js';
export const EXPORT_FORMATS = {
    claimreview: { build: buildClaimReviews, requires: ['export.organization.name', 'export.reviewUrl'] },
    'factcheck-markup': { build: buildFactCheckMarkup, requires: ['export.organization.name', 'export.reviewUrl'] },
    'prov-json': { build: buildProvJson, requires: ['export.base'] },
    'prov-jsonld': { build: buildProvJsonLd, requires: ['export.base'] },
    'web-annotation': { build: buildWebAnnotations, requires: ['export.base'] },
};
/** The settings a format requires that the config leaves out, by their path in claims.config.yaml. */
export function missingSettings(format, settings) {
    const has = {
        'export.organization.name': settings?.organization?.name !== undefined,
        'export.reviewUrl': settings?.reviewUrl !== undefined,
        'export.base': settings?.base !== undefined,
    };
    return EXPORT_FORMATS[format].requires.filter((name) => !has[name]);
}
/**
 * A document as JSON text, two-space indented, with a final line break. `<`, `>`, `&` and the line
 * separators U+2028/U+2029 are written as `\u` escapes (the same JSON), so the text can go into an HTML
 * `<script type="application/ld+json">` as it is, where a `</script>` in a statement would end the script.
 */
export function jsonText(document) {
    return `${JSON.stringify(document, null, 2).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
