// The studio of a test's child process (a crash test's killed worker): it speaks to its parent in JSON lines on
// stdout, and an unexpected error's kind and stack (no content) go to stderr for the parent's failure message.
import { createStudio, type Studio } from '../../main/api/studio';

export interface ChildStudio {
  studio: Studio;
  /** One JSON line to the parent. */
  say: (line: Record<string, unknown>) => void;
  /** Calls a method; when it fails, says which and with what code and exits with code 3. */
  call: <T = unknown>(method: string, request: unknown) => Promise<T>;
}

export function childStudio(vaultDir: string): ChildStudio {
  const studio = createStudio({
    vaultDir,
    language: () => 'en',
    onUnexpectedError: (method, error) =>
      process.stderr.write(`${method}: ${(error as Error)?.stack ?? String(error)}\n`),
  });
  const say = (line: Record<string, unknown>) => void process.stdout.write(`${JSON.stringify(line)}\n`);
  const call = async <T = unknown>(method: string, request: unknown): Promise<T> => {
    const result = await studio.dispatch(method, request);
    if (!result.ok) {
      say({ error: method, code: result.error.code });
      process.exit(3);
    }
    return result.value as T;
  };
  return { studio, say, call };
}
