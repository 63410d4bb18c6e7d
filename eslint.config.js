// Lint: typescript-eslint's recommended rules over the sources, tests, scripts and the report's browser script.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The HTML report's script runs in the browser as a classic script; scripts/build-assets.mjs inlines it.
const browserScripts = ['src/render/report/assets/*.js'];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      '.claims-cache/',
      'test/fixtures/',
      'src/model/records.generated.ts',
      'src/render/report/html-assets.generated.ts',
      'src/render/diagnostics/rule-help.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { ignores: browserScripts, languageOptions: { globals: { ...globals.node } } },
  {
    files: browserScripts,
    languageOptions: { ecmaVersion: 2020, sourceType: 'script', globals: { ...globals.browser } },
    // typescript-eslint's parser accepts module syntax whatever the sourceType; an inline <script> cannot have it.
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['ImportDeclaration', 'ExportNamedDeclaration', 'ExportDefaultDeclaration', 'ExportAllDeclaration'].map((selector) => ({
          selector,
          message: 'The report script is a classic script, inlined in a <script> element: no import or export.',
        })),
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Escaping control characters for terminals, HTML, CSV and CI logs is this tool's job.
      'no-control-regex': 'off',
    },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
