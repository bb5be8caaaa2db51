// `npm run lint:electron [folder]`: runs Electronegativity (Doyensec's Electron security scanner) over main/, or
// over the given folder, and fails on every HIGH or MEDIUM finding that is not in the reviewed allowlist
// (test/lint/electronegativity-allowlist.json, entries { check, file, reason }).
//
// Electronegativity is driven through its programmatic API, not its command line: its CLI needs a commander it
// does not declare (it crashes with the project's commander 14), and even when it runs it exits 0 whatever it finds
// and reports unparsable files only as coloured text. The API hands back findings and parse errors as data.
//
// The scan also has to prove it looked at something: a scan that parsed no file reports no finding, exactly like
// a clean one. So every parse is counted, and the run fails unless each JS/TS file of the folder produced a syntax
// tree with statements in it.
import { readdirSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const allowlistPath = join(root, 'test', 'lint', 'electronegativity-allowlist.json');
const defaultTarget = join(root, 'main');
const target = resolve(process.argv[2] ?? defaultTarget);
const FAILING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);
// Same file types Electronegativity loads as code (its util/file.js); HTML is scanned too but has no tree to count.
const CODE_EXTENSIONS = new Set(['.js', '.jsx', '.ts', '.tsx']);
// This check downloads Electron's release list from GitHub on every run; Electron upgrades are reviewed on their
// own, and a lint must give the same answer offline.
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));

const fail = (lines) => {
  for (const line of lines) console.error(`electronegativity: ${line}`);
  process.exit(1);
};

const allowlist = readAllowlist();
const expectedFiles = listCodeFiles(target);
if (expectedFiles.length === 0) fail([`no JS or TS files to scan in ${display(target)}.`]);

keepOffline();
const parsedStatements = countParsedStatements();
const run = require('@doyensec/electronegativity');

const result = await quietly(() =>
  run({
    input: target,
    isRelative: false,
    electronVersionOverride: require('electron/package.json').version,
    customScan: [],
    excludeFromScan: EXCLUDED_CHECKS,
    parserPlugins: [],
  }),
);

const problems = [];
for (const error of result.errors) problems.push(`could not parse ${display(error.file)}: ${error.message}`);
for (const file of expectedFiles) {
  if (!(parsedStatements.get(file) > 0)) problems.push(`${display(file)} was not parsed into any statement.`);
}

const used = new Set();
const findings = result.issues.filter((issue) => FAILING_SEVERITIES.has(issue.severity.name));
for (const issue of findings) {
  const file = issue.file === 'N/A' ? 'N/A' : display(issue.file);
  const entry = allowlist.find((candidate) => candidate.check === issue.id && candidate.file === file);
  if (entry) {
    used.add(entry);
    continue;
  }
  const where = file === 'N/A' ? 'whole app' : `${file}:${issue.location.line}:${issue.location.column}`;
  problems.push(`${issue.severity.name} ${issue.id} ${where}: ${oneLine(issue.description)} (${issue.shortenedURL})`);
}
// An entry nobody needs any more would silently excuse the next finding of its kind in that file. Entries for
// whole-app findings (file N/A) were reviewed for main/, so only a scan of main/ can tell they are unused.
for (const entry of allowlist) {
  const inScope =
    entry.file === 'N/A' ? target === defaultTarget : !relative(target, join(root, entry.file)).startsWith('..');
  if (inScope && !used.has(entry)) problems.push(`allowlist entry ${entry.check} for ${entry.file} matches nothing.`);
}

if (problems.length > 0) fail(problems);

console.log(
  `electronegativity: ${display(target)}: ${expectedFiles.length} file${expectedFiles.length === 1 ? '' : 's'} parsed, ` +
    `${result.globalChecks + result.atomicChecks} checks, no unreviewed HIGH/MEDIUM finding ` +
    `(${used.size} allowlisted).`,
);

function readAllowlist() {
  let entries;
  try {
    entries = JSON.parse(readFileSync(allowlistPath, 'utf8'));
  } catch (error) {
    fail([`cannot read ${display(allowlistPath)}: ${error.message}`]);
  }
  if (!Array.isArray(entries)) fail([`${display(allowlistPath)} must hold an array.`]);
  for (const [index, entry] of entries.entries()) {
    const complete =
      entry &&
      typeof entry.check === 'string' &&
      /^[A-Z0-9_]+$/.test(entry.check) &&
      typeof entry.file === 'string' &&
      entry.file.length > 0 &&
      typeof entry.reason === 'string' &&
      entry.reason.trim().length >= 20 &&
      Object.keys(entry).every((key) => ['check', 'file', 'reason'].includes(key));
    if (!complete) {
      fail([`allowlist entry ${index} needs exactly { check: "CHECK_ID", file, reason } with a real reason.`]);
    }
  }
  return entries;
}

function listCodeFiles(folder) {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true, recursive: true });
  } catch (error) {
    fail([`cannot read ${display(folder)}: ${error.code ?? error.message}`]);
  }
  return entries
    .filter((entry) => entry.isFile() && CODE_EXTENSIONS.has(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .filter((file) => !file.split(sep).includes('node_modules'));
}

/**
 * Electronegativity fetches translations from S3 whenever it starts (1 s timeout, retried: ~10 s offline). Its
 * bundled English texts are all this lint prints, so its HTTP client is replaced by one that declines at once.
 */
function keepOffline() {
  const i18nRequire = createRequire(join(packageDir, 'dist', 'locales', 'i18n.js'));
  const gotPath = i18nRequire.resolve('got');
  const offline = new Module(gotPath);
  offline.filename = gotPath;
  offline.loaded = true;
  offline.exports = () => Promise.reject(new Error('electronegativity lint runs offline'));
  i18nRequire.cache[gotPath] = offline;
}

/** Records, per file, how many top-level statements Electronegativity's own parser produced. */
function countParsedStatements() {
  const counts = new Map();
  const { Parser } = require(join(packageDir, 'dist', 'parser', 'parser.js'));
  const parse = Parser.prototype.parse;
  if (typeof parse !== 'function') fail(['cannot find the parser of @doyensec/electronegativity to verify the scan.']);
  Parser.prototype.parse = function countingParse(file, content) {
    const parsed = parse.call(this, file, content);
    const tree = parsed[1];
    const body = tree?.program?.body ?? tree?.body;
    counts.set(resolve(file), Array.isArray(body) ? body.length : 0);
    return parsed;
  };
  return counts;
}

/** Electronegativity chats on the console (translations, progress); only its findings matter here. */
async function quietly(work) {
  const saved = { log: console.log, info: console.info, warn: console.warn };
  const captured = [];
  console.log = console.info = console.warn = (...args) => captured.push(args.join(' '));
  try {
    return await work();
  } catch (error) {
    console.log = saved.log;
    fail([...captured, `the scan itself failed: ${error.message}`]);
  } finally {
    Object.assign(console, saved);
  }
}

/** Paths inside the repository relative to it (as the allowlist names them), others as they are. */
function display(file) {
  const inRepo = isAbsolute(file) ? relative(root, file) : file;
  const path = inRepo.startsWith('..') ? file : inRepo;
  return (path === '' ? '.' : path).split(sep).join('/');
}

function oneLine(text) {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}
