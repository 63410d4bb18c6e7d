// Preloaded into every benchmarked process (NODE_OPTIONS=--require): records its peak resident memory.
const { appendFileSync } = require('node:fs');
const target = process.env.CLAIMS_BENCH_RSS_FILE;
if (target) process.on('exit', () => appendFileSync(target, `${process.resourceUsage().maxRSS}\n`));
