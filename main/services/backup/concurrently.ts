/**
 * Runs `work` on every item, at most `limit` at a time: file copies overlap their waits on the disk without opening
 * thousands of files at once. Every started item is allowed to finish before the first error is thrown, so a
 * caller that cleans up after a failure never races a copy still writing into what it removes.
 */
export async function forEachConcurrently<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const errors: unknown[] = [];
  const worker = async () => {
    while (errors.length === 0 && next < items.length) {
      const item = items[next]!;
      next += 1;
      try {
        await work(item);
      } catch (error) {
        errors.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (errors.length > 0) throw errors[0];
}
