// The import worker: reads, converts and sanitises one file at a time for the main process (import-runner.ts), so
// the studio stays responsive and a runaway file can be stopped. It gets bytes and returns plain data: nothing is
// written anywhere. Bundles build this file as `import-worker.mjs` beside themselves; from the sources,
// import-worker.mjs next to this file loads it through tsx.
import { parentPort } from 'node:worker_threads';
import { draftFailure, draftFile, type DraftRequest } from './file-draft';
import type { WorkerMessage } from './import-runner';

if (!parentPort) throw new Error('import-thread.ts runs as a worker thread only');
const port = parentPort;

// Stacks are never shown (a refusal crosses as a code), and jsdom's CSS parser makes an Error for every style it
// cannot read: without stack traces those cost nothing.
Error.stackTraceLimit = 0;

port.on('message', (message: { id: number; request: DraftRequest }) => {
  const { id, request } = message;
  const post = (reply: WorkerMessage) => port.postMessage(reply);
  draftFile(request, (progress) => post({ id, type: 'progress', progress })).then(
    (draft) => post({ id, type: 'done', draft }),
    (error: unknown) => post({ id, type: 'failed', failure: draftFailure(error) }),
  );
});
