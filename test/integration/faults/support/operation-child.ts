// A studio that runs one operation on a prepared vault (spawned by crash-points.test.ts, under
// test/support/kill-at-nth-write.mjs, which kills it at the Nth disk call the operation makes).
//
// argv: <vaultDir> <operation> <input.json>; env PASSIE_PASSPHRASE, PASSIE_KILL_AT. Unlocks and waits until the
// studio's own start-up work is done, does what the operation needs before it changes anything (an import's preview),
// then arms the killer and runs the operation. A child that lives through it prints {"done":true,"diskCalls":n};
// a failed call prints the method and error code and exits with code 3.
import { readFile } from 'node:fs/promises';
import { childStudio } from '../../../support/child-studio';
import { acceptedRound, type ImportFileResult } from '../../../../shared/domain/import';
import type { OperationInput, OperationName } from './operations';

const [vaultDir, operation, inputFile] = process.argv.slice(2) as [string, OperationName, string];
const passphrase = process.env.PASSIE_PASSPHRASE;
if (!vaultDir || !operation || !inputFile || !passphrase) {
  throw new Error('usage: operation-child <vaultDir> <operation> <input.json> (PASSIE_PASSPHRASE)');
}
const input = JSON.parse(await readFile(inputFile, 'utf8')) as OperationInput;

const { studio, say, call } = childStudio(vaultDir);

async function previewed(name: string, file: string) {
  const base64 = (await readFile(file)).toString('base64');
  const { results } = await call<{ results: ImportFileResult[] }>('import.preview', {
    trajectId: input.trajectId,
    files: [{ name, base64 }],
  });
  const result = results[0]!;
  if (!result.ok) {
    say({ error: 'import.preview', code: result.error.code });
    process.exit(3);
  }
  return acceptedRound(result.preview);
}

/** What runs armed: the operation's own disk calls, nothing else. */
async function operationOf(name: OperationName): Promise<() => Promise<unknown>> {
  const { clientId, trajectId, draftedRoundId, openRoundId, doomedClientId, closingTrajectId } = input;
  const text = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: input.marker }] }] };
  switch (name) {
    case 'client.add':
      return () => call(name, { name: `${input.marker} client`, email: 'nieuw@example.com' });
    case 'traject.add':
      return () => call(name, { clientId, title: 'Tweede traject' });
    case 'round.add':
      return () => call(name, { trajectId, answers: [{ title: 'Vraag', content: text }] });
    case 'reply.saveDraft':
      return () => call(name, { trajectId, roundId: openRoundId, blocks: input.blocks });
    case 'reply.send':
      return () => call(name, { trajectId, roundId: draftedRoundId });
    case 'traject.addNote':
      return () => call(name, { trajectId, content: text });
    case 'import.packet': {
      const round = await previewed('antwoorden.passie', input.packetFile);
      return () => call('import.commit', { trajectId, rounds: [round] });
    }
    case 'import.email': {
      const round = await previewed('ronde.eml', input.mailFile);
      return () => call('import.commit', { trajectId, rounds: [round] });
    }
    case 'client.delete':
      return () => call(name, { id: doomedClientId, reason: 'Test van verwijderen onder kills' });
    case 'traject.close':
      return () => call(name, { id: closingTrajectId });
    case 'backup.create':
      return () => call(name, { folder: input.backupDir });
    case 'vault.rotateKey':
      return () => call(name, { passphrase });
    case 'vault.changePassphrase':
      return () => call(name, { currentPassphrase: passphrase, newPassphrase: input.newPassphrase });
  }
}

await call('vault.unlock', { passphrase });
// After an unlock the studio reads every dossier in the background (search); a traject list waits for none of it,
// but a call that goes through every dossier does, so the armed count holds the operation's disk calls alone.
await call('search.query', { query: 'zee' });
const run = await operationOf(operation);
const { passieKiller: killer } = globalThis as unknown as {
  passieKiller: { arm: () => void; disarm: () => void; calls: number };
};
killer.arm();
await run();
killer.disarm();
say({ done: true, diskCalls: killer.calls });
await studio.close();
process.exit(0);
