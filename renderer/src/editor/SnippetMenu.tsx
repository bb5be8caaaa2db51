import { useEffect, useId, useRef, type CSSProperties } from 'react';
import { useMenuKeys } from '../components/use-menu-keys';

export interface SnippetMenuProps {
  /** The listbox's name: "Zinnen voor Aansluiten". */
  label: string;
  snippets: readonly string[];
  /** Where to show the menu, relative to the editor page; omitted, CSS places it at the top. */
  position: { top: number; left: number } | null;
  onChoose: (snippet: string) => void;
  /** `restoreFocus` is false when focus already went elsewhere (a click outside, Tab). */
  onClose: (restoreFocus: boolean) => void;
}

/**
 * The coach's phrases for one block as a listbox that takes focus while open: arrow keys, Home and End move,
 * Enter (or a click) inserts, Escape goes back to the text unchanged.
 */
export function SnippetMenu({ label, snippets, position, onChoose, onClose }: SnippetMenuProps) {
  const id = useId();
  const list = useRef<HTMLUListElement>(null);
  const { active, setActive, onKeyDown } = useMenuKeys({
    count: snippets.length,
    onChoose: (index) => onChoose(snippets[index] ?? ''),
    onClose,
  });

  useEffect(() => {
    list.current?.focus();
  }, []);

  useEffect(() => {
    list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const style: CSSProperties | undefined = position ? { top: position.top, left: position.left } : undefined;

  return (
    <div className="passie-snippets" style={style}>
      <ul
        ref={list}
        className="passie-snippets__list"
        role="listbox"
        aria-label={label}
        tabIndex={0}
        aria-activedescendant={snippets.length > 0 ? `${id}-${active}` : undefined}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onClose(false);
        }}
      >
        {snippets.map((snippet, index) => (
          <li
            key={`${index}:${snippet}`}
            id={`${id}-${index}`}
            data-index={index}
            className="passie-snippets__option"
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => setActive(index)}
            onClick={() => onChoose(snippet)}
          >
            {snippet}
          </li>
        ))}
      </ul>
    </div>
  );
}
