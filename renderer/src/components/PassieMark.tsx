const letters = ['P', 'A', 'S', 'S', 'I', 'E'] as const;
const RING_RADIUS = 22;

/**
 * The PASSIE circle: six letters on a ring that begins (and, in every reply, ends) with P for naming the
 * positive, which is why P stands out. Purely decorative; the heading next to it carries the name.
 */
export function PassieMark({ size = 52 }: { size?: number }) {
  return (
    <svg
      className="passie-mark"
      width={size}
      height={size}
      viewBox="-31 -31 62 62"
      aria-hidden="true"
      focusable="false"
    >
      <circle className="passie-mark__ring" r={RING_RADIUS} />
      {letters.map((letter, index) => {
        const angle = ((index * 60 - 90) * Math.PI) / 180;
        const x = round(Math.cos(angle) * RING_RADIUS);
        const y = round(Math.sin(angle) * RING_RADIUS);
        const modifier = index === 0 ? ' passie-mark__letter--positive' : '';
        return (
          <g key={index} className={`passie-mark__letter${modifier}`} transform={`translate(${x} ${y})`}>
            <circle r={8} />
            <text textAnchor="middle" dominantBaseline="central">
              {letter}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
