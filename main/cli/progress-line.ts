import type { CliContext, Attempt } from './context';

/** How often the line is redrawn, and how soon it is first drawn (a short piece of work gets none). */
const REDRAW_MS = 250;
const FIRST_DRAW_MS = 100;

/**
 * On a terminal (stderr, never with --json or when piped), one line that says what is being done, redrawn in
 * place from `read` while the work runs and cleared when it ends. `read` answers undefined while there is nothing
 * to say yet.
 */
export function progressLine(context: CliContext, read: () => Promise<string | undefined>): { stop: () => void } {
  if (context.json || !context.io.errIsTerminal) return { stop: () => undefined };
  let shown = false;
  let stopped = false;
  const draw = () =>
    void read().then((line) => {
      if (stopped || line === undefined) return;
      context.io.err(`\r\x1b[2K${line}`);
      shown = true;
    });
  const first = setTimeout(draw, FIRST_DRAW_MS);
  const timer = setInterval(draw, REDRAW_MS);
  return {
    stop: () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      if (shown) context.io.err('\r\x1b[2K');
    },
  };
}

/** Runs `work` (an export, a closing, a backup) with a progress line from `app.work` beside it. */
export async function withWorkProgress<T>(context: CliContext, attempt: Attempt, work: () => Promise<T>): Promise<T> {
  const { text } = context;
  const line = progressLine(context, async () => {
    const result = await attempt('app.work', {});
    const running = result.ok ? result.value.running : undefined;
    if (!running) return undefined;
    const counts =
      running.done === undefined
        ? ''
        : running.total === undefined
          ? ` ${text.workCount(running.done)}`
          : ` ${text.workCountOf(running.done, running.total)}`;
    return `${text.workStage[running.stage]}${counts}`;
  });
  try {
    return await work();
  } finally {
    line.stop();
  }
}
