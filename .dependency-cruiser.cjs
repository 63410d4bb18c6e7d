// The layers of src/, each importing only the ones below it (README, "Architecture"):
// model → load → cache → check → views → author → render → commands → cli.
const LAYERS = ['model', 'load', 'cache', 'check', 'views', 'author', 'render', 'commands'];
const layerPath = (layer) => `^src/${layer}/`;

/** For each layer, the layers above it, which it must not import. */
const upward = LAYERS.map((layer, index) => ({
  name: `${layer}-imports-upward`,
  comment: `src/${layer}/ may import only ${LAYERS.slice(0, index).join(', ') || 'nothing else in src/'}`,
  severity: 'error',
  from: { path: layerPath(layer) },
  to: { path: [...LAYERS.slice(index + 1).map(layerPath), '^src/cli\\.ts$'] },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-cycles',
      comment: 'A cycle makes two modules one; split what they share into a lower module.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'file-system-only-in-load-and-cache',
      comment:
        'Rules, views, record edits and renderers are pure: files are read by load/ (what the rules declared) and cache/; commands decide where output goes and what is written.',
      severity: 'error',
      from: { path: ['^src/check/', '^src/views/', '^src/author/', '^src/render/'] },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises|child_process|worker_threads)$' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js'],
    },
  },
};
