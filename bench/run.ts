import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.js';

/**
 * `npm run bench`: times `claims validate` and `claims verify` against baselines measured in the same
 * run — (a) reading every file, (b) parsing it with the `yaml` package, (c) ajv-cli on the same files
 * and schemas — and prints medians, peak memory, claims/s and ratios. Absolute times on shared machines
 * are noise; the ratios are the result.
 *
 * Also runs `claims list` and `claims report` in every format, whose peak memory is the point (issue 17:
 * under 300 MiB at 100,000 claims, printed as pass or fail).
 *
 * Usage: npm run bench [-- --sizes 1000,10000,100000 --runs 3 --editor-runs 1]
 */
const project = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : (args[at + 1] ?? fallback);
};
const sizes = option('sizes', '1000,10000,100000').split(',').map(Number);
const runsFor = (size: number) => Number(option('runs', size >= 100_000 ? '3' : '5'));
const editorRuns = Number(option('editor-runs', '1'));
const work = path.join(tmpdir(), 'claims-bench');
const LIST_FORMATS = ['table', 'json', 'csv', 'ids'] as const;
const REPORT_FORMATS = ['table', 'json', 'markdown', 'html', 'csv'] as const;
const MEMORY_GOAL_MIB = 300;
const bin = path.join(project, 'bin', 'claims.js');
const ajvCli = path.join(project, 'node_modules', 'ajv-cli', 'dist', 'index.js');

interface Measurement {
  ms: number;
  peakMiB: number;
  code: number;
}

function measure(command: string[], cwd: string, env: Record<string, string> = {}): Measurement {
  const rssFile = path.join(work, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, command, {
    cwd,
    env: {
      ...process.env,
      NO_COLOR: '1',
      NODE_OPTIONS: `--require ${path.join(project, 'bench', 'peak-rss.cjs')}`,
      CLAIMS_BENCH_RSS_FILE: rssFile,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1024 * 1024 * 64,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const peaks = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').map(Number) : [0];
  return { ms, peakMiB: Math.max(...peaks) / 1024, code: result.status ?? -1 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Runs every measurement once per round, round after round, and takes each one's median: paired runs,
 * so a burst of load on a shared machine hits all of a round's measurements alike instead of one.
 */
function rounds(runs: number, measurements: Record<string, () => Measurement>): Record<string, Measurement> {
  const all: Record<string, Measurement[]> = Object.fromEntries(Object.keys(measurements).map((label) => [label, []]));
  for (let round = 0; round < runs; round++) {
    for (const [label, once] of Object.entries(measurements)) all[label]!.push(once());
  }
  return Object.fromEntries(
    Object.entries(all).map(([label, ms]) => [
      label,
      { ms: median(ms.map((m) => m.ms)), peakMiB: Math.max(...ms.map((m) => m.peakMiB)), code: ms[0]!.code },
    ]),
  );
}

function corpus(size: number, layout: 'per-story' | 'per-claim'): string {
  const dir = path.join(work, `${layout}-${size}`);
  const marker = path.join(dir, '.generated');
  const generator = readFileSync(path.join(project, 'bench', 'corpus.ts'), 'utf8').length;
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== String(generator)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(dir, '.git'), { recursive: true });
    generateCorpus(dir, { claims: size, layout });
    writeFileSync(marker, String(generator));
  }
  return dir;
}

interface Row {
  label: string;
  size: number;
  m: Measurement;
}

const rows: Row[] = [];
const table: string[] = [];
const line = (text: string) => {
  table.push(text);
  process.stdout.write(`${text}\n`);
};

mkdirSync(work, { recursive: true });
line(`claims benchmark — node ${process.version}, ${new Date().toISOString().slice(0, 10)}; medians; ratios against baselines of this run`);
line('');
line('| corpus | measurement | median ms | claims/s | peak MiB | ÷ yaml parse | ÷ ajv-cli |');
line('|---|---|---:|---:|---:|---:|---:|');
for (const size of sizes) {
  const runs = runsFor(size);
  for (const layout of ['per-claim', 'per-story'] as const) {
    const dir = corpus(size, layout);
    const measurements: Record<string, () => Measurement> = {
      'read (a)': () => measure([path.join(project, 'bench', 'baselines', 'read.mjs'), dir], project),
      'yaml parse (b)': () => measure([path.join(project, 'bench', 'baselines', 'parse-yaml.mjs'), dir], project),
    };
    if (layout === 'per-claim') {
      // ajv-cli reads one document per file, so only the one-file-per-claim layout suits it.
      measurements['ajv-cli (c)'] = () => {
        const parts = [
          measure(
            [
              ajvCli,
              'validate',
              '--spec=draft2020',
              '--strict=false',
              '-c',
              'ajv-formats',
              '-r',
              'schemas/common.schema.json',
              '-s',
              'schemas/claim.schema.json',
              '-d',
              `${dir}/claims/story-*/claims/*.yaml`,
              '--errors=no',
            ],
            project,
          ),
          measure(
            [
              ajvCli,
              'validate',
              '--spec=draft2020',
              '--strict=false',
              '-c',
              'ajv-formats',
              '-r',
              'schemas/common.schema.json',
              '-s',
              'schemas/source.schema.json',
              '-d',
              `${dir}/claims/sources/*.yaml`,
              '--errors=no',
            ],
            project,
          ),
          measure(
            [
              ajvCli,
              'validate',
              '--spec=draft2020',
              '--strict=false',
              '-c',
              'ajv-formats',
              '-r',
              'schemas/common.schema.json',
              '-s',
              'schemas/story.schema.json',
              '-d',
              `${dir}/claims/story-*/story.yaml`,
              '--errors=no',
            ],
            project,
          ),
        ];
        return {
          ms: parts.reduce((sum, m) => sum + m.ms, 0),
          peakMiB: Math.max(...parts.map((m) => m.peakMiB)),
          code: Math.max(...parts.map((m) => m.code)),
        };
      };
    }
    measurements['claims validate, cold'] = () => measure([bin, 'validate', '--no-cache'], dir);
    measurements['claims validate, warm'] = () => measure([bin, 'validate'], dir);
    measurements['claims verify'] = () => measure([bin, 'verify', '--no-cache'], dir);
    // The editors' commands over the whole archive, every format (issue 17: under 300 MiB at 100,000 claims);
    // their own rounds (`--editor-runs`, default 1): memory is their point, and a report of 100,000 claims takes a minute.
    const editors: Record<string, () => Measurement> = {};
    for (const format of LIST_FORMATS) editors[`claims list --format ${format}`] = () => measure([bin, 'list', '--format', format], dir);
    for (const format of REPORT_FORMATS)
      editors[`claims report --format ${format}`] = () => measure([bin, 'report', '--format', format], dir);
    // Fills the cache the warm runs read; the cold runs and verify neither read nor change it.
    measure([bin, 'validate'], dir);
    const results = { ...rounds(runs, measurements), ...rounds(editorRuns, editors) };
    for (const [label, m] of Object.entries(results)) {
      rows.push({ label: `${layout} ${label}`, size, m });
      const parse = results['yaml parse (b)']!.ms;
      const ajv = results['ajv-cli (c)']?.ms;
      line(
        `| ${size} ${layout} | ${label}${m.code > 1 ? ` (exit ${m.code})` : ''} | ${m.ms.toFixed(0)} | ${((size / m.ms) * 1000).toFixed(0)} | ${m.peakMiB.toFixed(0)} | ${(m.ms / parse).toFixed(2)} | ${ajv ? (m.ms / ajv).toFixed(2) : '–'} |`,
      );
    }
    const cold = results['claims validate, cold']!.ms;
    line(`| ${size} ${layout} | warm ÷ cold | | | | ${(results['claims validate, warm']!.ms / cold).toFixed(3)} | |`);
  }
}

line('');
// Start-up is measured on a warm cache: the first run after a build fills it.
measure([bin, 'verify'], project);
const start = rounds(9, { empty: () => measure(['-e', ''], project), firstStory: () => measure([bin, 'verify'], project) });
const empty = start.empty!;
const firstStory = start.firstStory!;
line(
  `start-up: \`node -e ''\` ${empty.ms.toFixed(0)} ms; \`claims verify\` on this repository's claims/ ${firstStory.ms.toFixed(0)} ms; ratio ${(firstStory.ms / empty.ms).toFixed(2)}× (goal ≤ 2×)`,
);

// The memory goal of `list` and `report` (issue 17), over the largest archive measured: a printed line, not a test.
const largest = Math.max(...sizes);
const editorRows = rows.filter((row) => row.size === largest && / claims (list|report) /.test(row.label));
// A run that failed (exit 3: a string over V8's limit, out of memory) misses the goal whatever its peak.
const over = editorRows.filter((row) => row.m.peakMiB >= MEMORY_GOAL_MIB || row.m.code > 1);
line(
  `memory goal, list and report at ${largest} claims, every format, both layouts: peak ${Math.max(...editorRows.map((row) => row.m.peakMiB)).toFixed(0)} MiB; ${over.length === 0 ? 'pass' : `FAIL (${over.map((row) => `${row.label} ${row.m.peakMiB.toFixed(0)} MiB${row.m.code > 1 ? ` exit ${row.m.code}` : ''}`).join(', ')})`} (goal < ${MEMORY_GOAL_MIB} MiB${largest < 100_000 ? '; the goal is set at 100000' : ''})`,
);

const perClaim = (label: string) =>
  rows.filter((row) => row.label === label).map((row) => `${row.size}: ${((row.m.ms / row.size) * 1000).toFixed(0)} µs/claim`);
line(`scaling, per-story claims validate cold: ${perClaim('per-story claims validate, cold').join(' → ')}`);
line(`scaling, per-story claims verify: ${perClaim('per-story claims verify').join(' → ')}`);
writeFileSync(path.join(work, 'last-table.md'), `${table.join('\n')}\n`);
