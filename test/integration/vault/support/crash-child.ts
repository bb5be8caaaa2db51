// A studio that works on a vault until it is killed (spawned by crash-safety.test.ts, bundled by bundle-script.ts).
//
// argv: <vaultDir> <childNumber>; env PASSIE_PASSPHRASE. Loads, then waits for a line on stdin (the parent starts
// the next child while the current one still runs, so loading overlaps and only unlocking counts), unlocks, opens
// the traject it will work on and prints {"ready":true}. Then it loops until killed: adds a round, saves reply
// drafts (three fired at once, as an autosave does, then a complete one), and sends most replies. After every
// call that must be durable has *resolved*, it prints one JSON line saying so. stdout is a pipe, and pipe writes
// are synchronous on Linux, so a printed line reached the kernel before the next write began: everything printed
// must survive a SIGKILL. When a call fails, it prints the method and error code and exits with code 3.
import { createInterface } from 'node:readline';
import { createStudio } from '../../../../main/api/studio';
import type { ApiResult } from '../../../../shared/api/errors';
import type { DossierView, RoundView } from '../../../../shared/domain/dossier';
import { PASSIE_KEYS, type ReplyBlocks } from '../../../../shared/domain/passie';
import { richTextFromPlain } from '../../../../shared/domain/rich-text';
import { answerText, blockText, ROUNDS_PER_TRAJECT, type ChildLine } from './crash-protocol';

const [vaultDir, childArg] = process.argv.slice(2);
const passphrase = process.env.PASSIE_PASSPHRASE;
if (!vaultDir || !childArg || !passphrase) throw new Error('usage: crash-child <vaultDir> <child> (PASSIE_PASSPHRASE)');
const child = Number(childArg);

const studio = createStudio({ vaultDir, language: () => 'en' });

function say(line: ChildLine): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

async function call<T>(method: string, request: unknown): Promise<T> {
  const result = (await studio.dispatch(method, request)) as ApiResult<T>;
  if (!result.ok) {
    say({ error: method, code: result.error.code });
    process.exit(3);
  }
  return result.value;
}

function blocks(roundId: string, rev: number, complete: boolean): ReplyBlocks {
  return Object.fromEntries(
    PASSIE_KEYS.map((key, index) => [
      key,
      // A partial draft fills the first one to six blocks, never the last: p_open always carries the revision.
      complete || index <= rev % (PASSIE_KEYS.length - 1)
        ? richTextFromPlain(blockText(roundId, key, rev))
        : { type: 'doc', content: [] },
    ]),
  ) as unknown as ReplyBlocks;
}

await new Promise((resolveGo) => createInterface({ input: process.stdin }).once('line', resolveGo));
await call('vault.unlock', { passphrase });
const { trajects } = await call<{ trajects: { id: string; clientId: string; rounds: number }[] }>('traject.list', {});
const first = trajects[0];
if (!first) throw new Error('the parent creates the first traject');
let trajectId = trajects.at(-1)!.id;
// Opening the dossier also warms the cache, so the concurrent autosaves below share one database.
let view = await call<DossierView>('traject.show', { id: trajectId });
say({ ready: true });

let rev = 0;
for (let step = 0; ; step += 1) {
  if (view.rounds.length >= ROUNDS_PER_TRAJECT) {
    // A full dossier: start another traject, so every write does not rewrite one ever-growing file.
    const { id } = await call<{ id: string }>('traject.add', {
      clientId: first.clientId,
      title: `Traject ${child}-${step}`,
    });
    say({ traject: id });
    trajectId = id;
    view = await call<DossierView>('traject.show', { id });
  }
  const round = await call<RoundView>('round.add', {
    trajectId,
    answers: [{ title: `Round ${child}-${step}`, content: richTextFromPlain(answerText(child, step)) }],
  });
  say({ round: round.id, traject: trajectId, child, step });
  view.rounds.push(round);

  // Autosave: three drafts fired at once (coalesced by the sealed store), then one awaited.
  const burst = [1, 2, 3].map(() => {
    rev += 1;
    return call('reply.saveDraft', { trajectId, roundId: round.id, blocks: blocks(round.id, rev, false) });
  });
  await Promise.all(burst);
  say({ draft: round.id, traject: trajectId, rev });
  rev += 1;
  await call('reply.saveDraft', { trajectId, roundId: round.id, blocks: blocks(round.id, rev, true) });
  say({ draft: round.id, traject: trajectId, rev });

  // Most replies are sent; every fourth round keeps its draft, so drafts beside the chain are checked too.
  if (step % 4 !== 3) {
    await call('reply.send', { trajectId, roundId: round.id });
    say({ sent: round.id, traject: trajectId, rev });
  }
}
