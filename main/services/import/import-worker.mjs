// The import worker, run from the sources (tsx, vitest): registers tsx in this thread, then loads the worker's
// TypeScript. A bundle (dist/electron/, the CLI's) has its own built import-worker.mjs in this file's place, beside
// the code that starts it (see import-runner.ts).
import { register } from 'tsx/esm/api';

register();
await import('./import-thread.ts');
