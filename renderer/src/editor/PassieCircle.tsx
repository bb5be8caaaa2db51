import type { KeyboardEvent } from 'react';
import { PASSIE_KEYS, PASSIE_LETTERS, type PassieKey } from '../../../shared/domain/passie';
import { editorText, type EditorLanguage } from './editor-text';
import '../styles/editor.css';

export interface PassieCircleProps {
  /** Which blocks hold text. */
  filled: Record<PassieKey, boolean>;
  /** The coach's labels, in `language`. */
  labels: Record<PassieKey, string>;
  language: EditorLanguage;
  /** The block holding the cursor, if any. */
  current?: PassieKey | null;
  /** Go to a block: the editor puts the cursor at its end (`focusBlock`). */
  onSelect: (key: PassieKey) => void;
}

const SIZE = 200;
const CENTRE = SIZE / 2;
const RING_RADIUS = 74;
const LETTER_RADIUS = 46;
/** Degrees left open between two segments. */
const GAP = 4;
const SEGMENT = 360 / PASSIE_KEYS.length;

function point(radius: number, degrees: number): { x: number; y: number } {
  const radians = (degrees * Math.PI) / 180;
  return { x: CENTRE + radius * Math.sin(radians), y: CENTRE - radius * Math.cos(radians) };
}

/** A clockwise arc along the ring, angles in degrees from the top. */
function arc(fromDegrees: number, toDegrees: number): string {
  const start = point(RING_RADIUS, fromDegrees);
  const end = point(RING_RADIUS, toDegrees);
  const round = (value: number) => Math.round(value * 100) / 100;
  return `M ${round(start.x)} ${round(start.y)} A ${RING_RADIUS} ${RING_RADIUS} 0 0 1 ${round(end.x)} ${round(end.y)}`;
}

/**
 * The PASSIE circle: seven segments clockwise from the top, one per block, each filled in once its block holds
 * text. The letters P A S S I E stand around the inside; the single P at the top is where the circle begins
 * (positief benoemen) and where the closing segment brings it back (positief afsluiten). Every segment is a
 * button that takes the coach to its block.
 */
export function PassieCircle({ filled, labels, language, current = null, onSelect }: PassieCircleProps) {
  const t = editorText(language);
  const filledCount = PASSIE_KEYS.filter((key) => filled[key]).length;

  const onKeyDown = (event: KeyboardEvent, key: PassieKey) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(key);
    }
  };

  return (
    <nav className="passie-circle" aria-label={t('circleLabel')}>
      <svg className="passie-circle__graphic" viewBox={`0 0 ${SIZE} ${SIZE}`} role="group" focusable="false">
        {PASSIE_KEYS.map((key, index) => {
          const d = arc(index * SEGMENT + GAP / 2, (index + 1) * SEGMENT - GAP / 2);
          const name = t('circleSegment', {
            letter: PASSIE_LETTERS[key],
            label: labels[key],
            state: filled[key] ? t('blockFilled') : t('blockEmpty'),
          });
          const classes = ['passie-circle__segment'];
          if (filled[key]) classes.push('passie-circle__segment--filled');
          return (
            <g
              key={key}
              className={classes.join(' ')}
              data-passie-key={key}
              role="button"
              tabIndex={0}
              aria-label={name}
              aria-current={current === key ? 'true' : undefined}
              onClick={() => onSelect(key)}
              onKeyDown={(event) => onKeyDown(event, key)}
            >
              <title>{name}</title>
              <path className="passie-circle__focus" d={d} />
              <path className="passie-circle__track" d={d} />
              <path className="passie-circle__fill" d={d} />
            </g>
          );
        })}
        <g className="passie-circle__letters" aria-hidden="true">
          {PASSIE_KEYS.slice(0, -1).map((key, index) => {
            // The opening P sits at the top, where the circle starts and closes; the others mid-segment.
            const at = point(LETTER_RADIUS, index === 0 ? 0 : (index + 0.5) * SEGMENT);
            return (
              <text key={key} x={at.x} y={at.y} className="passie-circle__letter" dominantBaseline="central">
                {PASSIE_LETTERS[key]}
              </text>
            );
          })}
        </g>
        <text
          x={CENTRE}
          y={CENTRE}
          className="passie-circle__count"
          dominantBaseline="central"
          aria-hidden="true"
        >{`${filledCount}/${PASSIE_KEYS.length}`}</text>
      </svg>
    </nav>
  );
}
