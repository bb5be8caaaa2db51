/** Where the CLI writes and what environment it reads; tests pass their own. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Whether stderr is a terminal: only then is a progress line drawn on it. */
  errIsTerminal?: boolean;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  get errIsTerminal() {
    return process.stderr.isTTY === true;
  },
};

/** A failure to report as one plain sentence with exit code 1. */
export class CliFailure extends Error {}
