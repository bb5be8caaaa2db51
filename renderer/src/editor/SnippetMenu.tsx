import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';

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
  const [active, setActive] = useState(0);

  useEffect(() => {
    list.current?.focus();
  }, []);

  useEffect(() => {
    list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const last = snippets.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        setActive((index) => (index >= last ? 0 : index + 1));
        break;
      case 'ArrowUp':
        setActive((index) => (index <= 0 ? last : index - 1));
        break;
      case 'Home':
        setActive(0);
        break;
      case 'End':
        setActive(last);
        break;
      case 'Enter':
      case ' ': {
        const snippet = snippets[active];
        if (snippet !== undefined) onChoose(snippet);
        break;
      }
      case 'Escape':
        onClose(true);
        break;
      case 'Tab':
        onClose(false);
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

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
