/** Small, pure edits of one block's phrase list, so the card only wires buttons to them. */
export function movePhrase(list: readonly string[], from: number, to: number): string[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

export function replacePhrase(list: readonly string[], index: number, value: string): string[] {
  return list.map((phrase, at) => (at === index ? value : phrase));
}

export function removePhrase(list: readonly string[], index: number): string[] {
  return list.filter((_, at) => at !== index);
}
