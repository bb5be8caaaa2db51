import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';

/** Something a screen must finish before the key is dropped, such as saving the last words of a draft. */
export type BeforeLockTask = () => Promise<unknown>;

/** Locking waits at most this long for the screens: walking away must never be held up by a slow save. */
export const BEFORE_LOCK_TIMEOUT_MS = 3_000;

const BeforeLockContext = createContext<Set<BeforeLockTask> | null>(null);

export function BeforeLockProvider({ tasks, children }: { tasks: Set<BeforeLockTask>; children: ReactNode }) {
  return <BeforeLockContext value={tasks}>{children}</BeforeLockContext>;
}

/** While mounted, `task` runs (and is awaited) before the coach's lock reaches the studio. */
export function useBeforeLock(task: BeforeLockTask): void {
  const tasks = useContext(BeforeLockContext);
  const latest = useRef(task);
  useEffect(() => {
    latest.current = task;
  }, [task]);
  useEffect(() => {
    if (!tasks) return undefined;
    const run = () => latest.current();
    tasks.add(run);
    return () => {
      tasks.delete(run);
    };
  }, [tasks]);
}

/** Runs every registered task, failures included, for at most `timeoutMs`. */
export async function runBeforeLock(
  tasks: Set<BeforeLockTask>,
  timeoutMs: number = BEFORE_LOCK_TIMEOUT_MS,
): Promise<void> {
  if (tasks.size === 0) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  await Promise.race([Promise.allSettled([...tasks].map((task) => task())), timeout]);
  clearTimeout(timer);
}
