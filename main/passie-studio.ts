// The `passie-studio` program: the command line, with the launcher's `serve` and `start` added to it. It sits above
// both, so that neither imports the other (ARCHITECTURE.md, Import rules).
import { processIo } from './cli/cli-io';
import { runCli } from './cli/run-cli';
import { registerLaunchCommands } from './launcher/launch-commands';

process.exitCode = await runCli(process.argv.slice(2), processIo, [registerLaunchCommands]);
