import type { CliIo } from './cli-io';
import { CliFailure } from './cli-io';

/**
 * A secret from its environment variable, else typed at a hidden prompt (twice when it is being chosen). Never
 * from an argument: arguments show up in process lists and shell history.
 */
export async function askSecret(
  io: CliIo,
  options: { env: string; prompt: string; confirmPrompt?: string; mismatch: string; noTerminal: string },
): Promise<string> {
  const fromEnv = io.env[options.env];
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) throw new CliFailure(options.noTerminal);
  const { read } = await import('read');
  const ask = (prompt: string) => read({ prompt, silent: true, replace: '', output: process.stderr });
  const secret = String(await ask(options.prompt));
  if (options.confirmPrompt && String(await ask(options.confirmPrompt)) !== secret) {
    throw new CliFailure(options.mismatch);
  }
  return secret;
}
