#!/usr/bin/env node
// Thin launcher: runs the compiled CLI; anything that escapes it is an internal error (exit 3).
import { main } from '../dist/cli.js';
import { processIo } from '../dist/model/io.js';

try {
  process.exitCode = await main(process.argv.slice(2), processIo());
} catch (error) {
  process.stderr.write(`claims: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 3;
}
