// `node --import ./record-loads.mjs`: writes the URL of every module the process loads through the ES module loader
// (our chunks, packages, node: built-ins) to the file in PASSIE_RECORD_LOADS, one a line, and at exit the CommonJS
// files in require.cache too (on Node 20, what a CommonJS package require()s passes no hook). Used by
// test/integration/cli/cli-start.test.ts to see what a command loads, without timing anything.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const file = process.env.PASSIE_RECORD_LOADS;
register('./record-loads-hooks.mjs', import.meta.url, { data: { file } });
const { cache } = createRequire(import.meta.url);
process.on('exit', () => appendFileSync(file, Object.keys(cache).join('\n') + '\n'));
