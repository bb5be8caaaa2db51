import { execFile } from 'node:child_process';
import { CLI_BIN } from '../support/cli-bin';
import { TempStudio } from '../support/temp-studio';
import { summarise, type Figures } from './measure';

/** Wall time of one `node …` run, from spawning to exit. */
function wallTime(args: string[]): Promise<number> {
  const started = performance.now();
  return new Promise((resolveRun, reject) =>
    execFile(process.execPath, args, (error) => (error ? reject(error) : resolveRun(performance.now() - started))),
  );
}

/**
 * How fast the built `passie-studio` starts, next to Node itself starting (`node -e 0`): the three run in turn,
 * round after round, so a busy machine weighs on all three alike, and each row notes its median as a multiple of
 * Node's (the target is 3× at most).
 */
export async function cliStartBench(runs: number): Promise<{ name: string; figures: Figures; note?: string }[]> {
  const temp = await TempStudio.open();
  await temp.studio.close(); // a vault that exists, locked
  try {
    const commands = [
      { name: 'CLI start-up: `node -e 0`', args: ['-e', '0'] },
      { name: 'CLI start-up: `passie-studio --version`', args: [CLI_BIN, '--version'] },
      {
        name: 'CLI start-up: `passie-studio status`, locked vault',
        args: [CLI_BIN, '--vault', temp.vaultDir, 'status'],
      },
    ];
    // A first run of each fills the file cache and Node's compile cache, as any later run on a coach's machine has.
    for (const { args } of commands) await wallTime(args);
    const samples: number[][] = commands.map(() => []);
    for (let round = 0; round < runs; round += 1) {
      for (const [index, { args }] of commands.entries()) samples[index]!.push(await wallTime(args));
    }
    const [node, ...cli] = samples.map((times) => summarise(times));
    return [
      { name: commands[0]!.name, figures: node!, note: 'Node alone, measured side by side with the rows below' },
      ...cli.map((figures, index) => ({
        name: commands[index + 1]!.name,
        figures,
        note: `${(figures.median / node!.median).toFixed(1)}× \`node -e 0\` (median); target ≤ 3×`,
      })),
    ];
  } finally {
    await temp.dispose();
  }
}
