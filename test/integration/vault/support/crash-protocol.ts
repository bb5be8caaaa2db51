// What crash-child.ts prints and writes, shared with crash-safety.test.ts so the parent can check the contents.

/** One line of the child's stdout. Every line but `ready` and `error` names something that must be durable. */
export type ChildLine =
  | { ready: true }
  | { error: string; code: string }
  | { traject: string }
  | { round: string; traject: string; child: number; step: number }
  | { draft: string; traject: string; rev: number }
  | { sent: string; traject: string; rev: number };

/** Rounds per traject before the child starts a new one (keeps each dossier write small and fast). */
export const ROUNDS_PER_TRAJECT = 25;

/** A short answer, marked so the parent can tell exactly which write it sees. */
export function answerText(child: number, step: number): string {
  const marker = `answer of child ${child} step ${step}`;
  return [marker, 'Ik merk dat ik het lastig vind om te kiezen – maar het gaat al beter. 🙂', marker].join('\n');
}

export function blockText(roundId: string, key: string, rev: number): string {
  return `reply ${roundId} ${key} rev ${rev}`;
}

/** The revision a saved draft or sent reply carries, read back from its first block. */
export function revisionOf(text: string): number | undefined {
  const match = /rev (\d+)$/.exec(text);
  return match ? Number(match[1]) : undefined;
}
