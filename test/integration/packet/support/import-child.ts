// A studio that imports one `.passie` file (spawned by packet-import-crash.test.ts, under kill-at-nth-write.mjs).
//
// argv: <vaultDir> <trajectId> <passieFile>; env PASSIE_PASSPHRASE, PASSIE_KILL_AT. Unlocks, previews the file,
// then arms the killer and commits: the preload kills the process at the Nth disk call of the commit. A child that
// lives through it prints {"committed":true,"diskCalls":n}; a refused preview prints {"refused":code}; any other
// failure prints the method and code and exits with code 3.
import { readFile } from 'node:fs/promises';
import { childStudio } from '../../../support/child-studio';
import { acceptedRound, type ImportFileResult } from '../../../../shared/domain/import';

const [vaultDir, trajectId, passieFile] = process.argv.slice(2);
const passphrase = process.env.PASSIE_PASSPHRASE;
if (!vaultDir || !trajectId || !passieFile || !passphrase) {
  throw new Error('usage: import-child <vaultDir> <trajectId> <passieFile> (PASSIE_PASSPHRASE)');
}

const { studio, say, call } = childStudio(vaultDir);

await call('vault.unlock', { passphrase });
const base64 = (await readFile(passieFile)).toString('base64');
const { results } = await call<{ results: ImportFileResult[] }>('import.preview', {
  trajectId,
  files: [{ name: 'antwoorden.passie', base64 }],
});
const result = results[0]!;
if (!result.ok) {
  say({ refused: result.error.code });
  process.exit(0);
}
const { passieKiller: killer } = globalThis as unknown as {
  passieKiller: { arm: () => void; disarm: () => void; calls: number };
};
killer.arm();
await call('import.commit', { trajectId, rounds: [acceptedRound(result.preview)] });
killer.disarm();
say({ committed: true, diskCalls: killer.calls });
await studio.close();
