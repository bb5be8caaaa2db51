/** Summary figures of repeated timings, in milliseconds. */
export interface Figures {
  runs: number;
  median: number;
  p95: number;
  min: number;
}

export function summarise(samples: number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { runs: sorted.length, median: at(0.5), p95: at(0.95), min: sorted[0] ?? NaN };
}

export async function repeat(times: number, once: () => Promise<number>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) samples.push(await once());
  return samples;
}

export function markdownTable(rows: { name: string; figures: Figures; note?: string }[]): string {
  const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
  const lines = [
    '| measurement | runs | median | p95 | min | note |',
    '|---|---:|---:|---:|---:|---|',
    ...rows.map(
      ({ name, figures, note }) =>
        `| ${name} | ${figures.runs} | ${fmt(figures.median)} | ${fmt(figures.p95)} | ${fmt(figures.min)} | ${note ?? ''} |`,
    ),
  ];
  return lines.join('\n');
}
