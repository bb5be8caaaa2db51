import { useEffect, useId, useRef, type CSSProperties } from 'react';
import { PASSIE_KEYS, PASSIE_LETTERS, type PassieKey } from '../../../../shared/domain/passie';
import { useMenuKeys } from '../../components/use-menu-keys';

interface QuoteMenuProps {
  title: string;
  labels: Record<PassieKey, string>;
  /** Where in the pane to show it (at the selection); omitted, CSS puts it under the toolbar. */
  position: { top: number; left: number } | null;
  onChoose: (key: PassieKey) => void;
  /** `restoreFocus` is false when the focus already went elsewhere (Tab, a click outside). */
  onClose: (restoreFocus: boolean) => void;
}

/**
 * The seven blocks to quote into, as a WAI-ARIA menu: it takes the focus, arrow keys (and Home, End) move, Enter
 * or Space chooses, Escape closes.
 */
export function QuoteMenu({ title, labels, position, onChoose, onClose }: QuoteMenuProps) {
  const titleId = useId();
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const { active, setActive, onKeyDown } = useMenuKeys({ count: PASSIE_KEYS.length, onClose });

  useEffect(() => {
    items.current[active]?.focus();
  }, [active]);

  const style: CSSProperties | undefined = position ? { top: position.top, left: position.left } : undefined;

  return (
    <div
      className={position ? 'quote-menu' : 'quote-menu quote-menu--docked'}
      style={style}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onClose(false);
      }}
    >
      <p className="quote-menu__title" id={titleId}>
        {title}
      </p>
      <ul className="quote-menu__list" role="menu" aria-labelledby={titleId}>
        {PASSIE_KEYS.map((key, index) => (
          <li key={key} role="none">
            <button
              ref={(element) => {
                items.current[index] = element;
              }}
              type="button"
              role="menuitem"
              className="quote-menu__item"
              data-passie-key={key}
              tabIndex={index === active ? 0 : -1}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => onChoose(key)}
            >
              <span className="quote-menu__letter" aria-hidden="true">
                {PASSIE_LETTERS[key]}
              </span>
              <span className="visually-hidden">{PASSIE_LETTERS[key]} — </span>
              {labels[key]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
