import type { ReactNode } from 'react';

/**
 * The snippet's text with the matched stretches in <mark>, built as React nodes from the [start, end) ranges: the
 * text is only ever text, so a snippet that contains markup shows that markup as characters. Ranges out of order,
 * overlapping or outside the text are sorted, merged and clipped rather than trusted.
 */
export function highlighted(text: string, ranges: readonly (readonly [number, number])[]): ReactNode[] {
  const clean = ranges
    .map(
      ([start, end]) => [Math.max(0, Math.min(start, text.length)), Math.max(0, Math.min(end, text.length))] as const,
    )
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of clean) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const nodes: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) nodes.push(text.slice(at, start));
    nodes.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) nodes.push(text.slice(at));
  return nodes;
}
