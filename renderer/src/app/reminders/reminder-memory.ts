import { ToldSchema, type Told } from '../../../../shared/domain/reminders';

/**
 * Which rounds were already reminded of, and of which threshold, so a reminder is never repeated, not even after
 * a restart. Round ids are random and the threshold says nothing of a client: a UI memory, like the language.
 */
export const REMINDED_STORAGE_KEY = 'passie.reminded';

/** What the storage remembers; nothing (first start, storage switched off, unreadable content) is an empty memory. */
export function readTold(storage: Pick<Storage, 'getItem'> | undefined): Told {
  try {
    const saved = storage?.getItem(REMINDED_STORAGE_KEY);
    if (!saved) return {};
    const parsed = ToldSchema.safeParse(JSON.parse(saved));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function saveTold(told: Told, storage: Pick<Storage, 'setItem'> | undefined): void {
  try {
    storage?.setItem(REMINDED_STORAGE_KEY, JSON.stringify(told));
  } catch {
    // Without storage a reminder may come again after a restart; the reminders themselves still work.
  }
}
