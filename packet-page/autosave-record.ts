/**
 * What the page keeps in the browser's localStorage while the client writes: the answers by question, and when
 * they were last sent. Keyed by packet id, so two packets from the same coach never mix. No DOM here: the shape
 * and its checks are shared with the tests.
 */
export interface AutosaveRecord {
  version: 1;
  answers: string[];
  savedAt: string;
  /** When the client last pressed send (ISO), so a reopened page can say so. */
  sentAt?: string;
}

export const autosaveKey = (packetId: string) => `passie-antwoorden:${packetId}`;

/** A stored record, or undefined when there is none or it is not one of ours (then the page starts empty). */
export function readAutosave(stored: string | null, questions: number): AutosaveRecord | undefined {
  if (stored === null) return undefined;
  try {
    const value = JSON.parse(stored) as Partial<AutosaveRecord> | null;
    if (
      !value ||
      value.version !== 1 ||
      !Array.isArray(value.answers) ||
      !value.answers.every((answer) => typeof answer === 'string') ||
      typeof value.savedAt !== 'string'
    ) {
      return undefined;
    }
    const answers = Array.from({ length: questions }, (_, index) => value.answers?.[index] ?? '');
    return {
      version: 1,
      answers,
      savedAt: value.savedAt,
      ...(typeof value.sentAt === 'string' ? { sentAt: value.sentAt } : {}),
    };
  } catch {
    return undefined;
  }
}
