#!/usr/bin/env node
// The `passie-studio` program, as main/cli/build.mjs bundles it into dist/cli/passie-studio.mjs (package.json `bin`):
// the command line, with the launcher's `serve` and `start` added to it. It sits above both, so that neither imports
// the other (ARCHITECTURE.md, Import rules). This entry stays small, so that what it sets up is in effect for
// everything the command loads:
// - Node's compile cache (Node 22.1 and newer), which keeps V8's compiled code of the bundle between runs, in the
//   system's temp folder;
// - the check that the build is still that of the sources (a developer who edited main/ without rebuilding): stale
//   code never runs, the command says so in one sentence instead. The check runs while the commands load (loading
//   runs nothing), so it costs next to no time.
import nodeModule from 'node:module';
import { buildState } from './platform/build-freshness';
import { builtCliDir, builtPacketPageDir } from './platform/repo-paths';

(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const commands = Promise.all([import('./cli/run-cli'), import('./cli/cli-io'), import('./launcher/launch-commands')]);
// Handled at once: a build that fails to load while the check runs must end in the check's sentence, not a crash.
commands.catch(() => undefined);
const states = await Promise.all([buildState(builtCliDir), buildState(builtPacketPageDir)]);
if (states.every((state) => state === 'fresh')) {
  const [{ runCli }, { processIo }, { registerLaunchCommands }] = await commands;
  process.exitCode = await runCli(process.argv.slice(2), processIo, [registerLaunchCommands]);
} else {
  const { cliLanguage, cliMessages } = await import('./cli/messages');
  const text = cliMessages[cliLanguage(process.env)];
  process.stderr.write(`${states.includes('missing') ? text.cliNotBuilt : text.cliOutdated}\n`);
  process.exitCode = 1;
}
