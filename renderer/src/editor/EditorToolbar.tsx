import { COVERS_EDITOR } from './keep-in-view';
import { useEditorState, type Editor } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { PassieKey } from '../../../shared/domain/passie';
import { isApplePlatform } from '../app/platform';
import {
  BoldIcon,
  BulletListIcon,
  ItalicIcon,
  OrderedListIcon,
  PhrasesIcon,
  QuoteIcon,
  RedoIcon,
  UndoIcon,
  UnderlineIcon,
} from './editor-icons';
import type { EditorT } from './editor-text';
import { sectionKeyAt } from './passie-structure';

type ActionName = 'bold' | 'italic' | 'underline' | 'bulletList' | 'orderedList' | 'blockquote' | 'undo' | 'redo';

interface Shortcut {
  keys: string[];
}

/** The shortcuts the editor's extensions bind; shown in tooltips and `aria-keyshortcuts`. */
const SHORTCUTS: Record<ActionName, Shortcut> = {
  bold: { keys: ['Mod', 'B'] },
  italic: { keys: ['Mod', 'I'] },
  underline: { keys: ['Mod', 'U'] },
  bulletList: { keys: ['Mod', 'Shift', '8'] },
  orderedList: { keys: ['Mod', 'Shift', '7'] },
  blockquote: { keys: ['Mod', 'Shift', 'B'] },
  undo: { keys: ['Mod', 'Z'] },
  redo: { keys: ['Mod', 'Shift', 'Z'] },
};

export function shortcutLabel(action: ActionName, apple: boolean): { label: string; aria: string } {
  const { keys } = SHORTCUTS[action];
  if (apple) {
    const symbols: Record<string, string> = { Mod: '⌘', Shift: '⇧' };
    return {
      label: keys.map((key) => symbols[key] ?? key).join(''),
      aria: keys.map((key) => (key === 'Mod' ? 'Meta' : key)).join('+'),
    };
  }
  const named = keys.map((key) => (key === 'Mod' ? 'Ctrl' : key));
  return { label: named.join('+'), aria: keys.map((key) => (key === 'Mod' ? 'Control' : key)).join('+') };
}

const ACTIONS: { name: ActionName; icon: ReactNode; group: number }[] = [
  { name: 'bold', icon: <BoldIcon />, group: 0 },
  { name: 'italic', icon: <ItalicIcon />, group: 0 },
  { name: 'underline', icon: <UnderlineIcon />, group: 0 },
  { name: 'bulletList', icon: <BulletListIcon />, group: 1 },
  { name: 'orderedList', icon: <OrderedListIcon />, group: 1 },
  { name: 'blockquote', icon: <QuoteIcon />, group: 1 },
  { name: 'undo', icon: <UndoIcon />, group: 2 },
  { name: 'redo', icon: <RedoIcon />, group: 2 },
];

function run(editor: Editor, action: ActionName): void {
  const chain = editor.chain().focus();
  switch (action) {
    case 'bold':
      chain.toggleBold().run();
      break;
    case 'italic':
      chain.toggleItalic().run();
      break;
    case 'underline':
      chain.toggleUnderline().run();
      break;
    case 'bulletList':
      chain.toggleBulletList().run();
      break;
    case 'orderedList':
      chain.toggleOrderedList().run();
      break;
    case 'blockquote':
      chain.toggleBlockquote().run();
      break;
    case 'undo':
      chain.undo().run();
      break;
    case 'redo':
      chain.redo().run();
      break;
  }
}

export interface EditorToolbarProps {
  editor: Editor;
  t: EditorT;
  snippets: Partial<Record<PassieKey, readonly string[]>> | undefined;
  snippetMenuOpen: boolean;
  onOpenSnippets: (key: PassieKey) => void;
}

/**
 * Formatting buttons in a WAI-ARIA toolbar: one tab stop, arrow keys move between buttons, toggles report
 * `aria-pressed`, and every tooltip names its shortcut. It re-renders only when what it shows changes
 * (`useEditorState`), never merely because the coach typed a letter.
 */
export function EditorToolbar({ editor, t, snippets, snippetMenuOpen, onOpenSnippets }: EditorToolbarProps) {
  const apple = isApplePlatform();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      underline: current.isActive('underline'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      blockquote: current.isActive('blockquote'),
      undo: current.can().undo(),
      redo: current.can().redo(),
      block: sectionKeyAt(current.state.doc, current.state.selection.from),
    }),
  });
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const [focusIndex, setFocusIndex] = useState(0);

  const block = state.block;
  const blockSnippets = block ? (snippets?.[block] ?? []) : [];
  const snippetsAvailable = block !== null && blockSnippets.length > 0;
  const count = ACTIONS.length + 1;

  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, (index: number) => number> = {
      ArrowRight: (index) => (index + 1) % count,
      ArrowLeft: (index) => (index - 1 + count) % count,
      Home: () => 0,
      End: () => count - 1,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const next = move(focusIndex);
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  return (
    <div
      className="passie-toolbar"
      role="toolbar"
      {...{ [COVERS_EDITOR]: 'top' }}
      aria-label={t('toolbarLabel')}
      onKeyDown={moveFocus}
    >
      {ACTIONS.map(({ name, icon, group }, index) => {
        const shortcut = shortcutLabel(name, apple);
        const isToggle = name !== 'undo' && name !== 'redo';
        const unavailable = !isToggle && !state[name];
        const previous = ACTIONS[index - 1];
        return (
          <button
            key={name}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            className={`passie-toolbar__button${previous && previous.group !== group ? ' passie-toolbar__button--group' : ''}`}
            tabIndex={index === focusIndex ? 0 : -1}
            title={`${t(name)} (${shortcut.label})`}
            aria-keyshortcuts={shortcut.aria}
            aria-pressed={isToggle ? state[name] : undefined}
            aria-disabled={unavailable || undefined}
            // Keep the text selection: a click must not move focus out of the editor first.
            onMouseDown={(event) => event.preventDefault()}
            onFocus={() => setFocusIndex(index)}
            onClick={() => {
              if (!unavailable) run(editor, name);
            }}
          >
            {icon}
            <span className="visually-hidden">{t(name)}</span>
          </button>
        );
      })}
      <button
        ref={(element) => {
          buttons.current[ACTIONS.length] = element;
        }}
        type="button"
        className="passie-toolbar__button passie-toolbar__button--text passie-toolbar__button--group"
        tabIndex={focusIndex === ACTIONS.length ? 0 : -1}
        title={snippetsAvailable ? `${t('snippets')} (${t('snippetsHint')})` : t('snippetsNone')}
        aria-haspopup="listbox"
        aria-expanded={snippetMenuOpen}
        aria-disabled={!snippetsAvailable || undefined}
        onMouseDown={(event) => event.preventDefault()}
        onFocus={() => setFocusIndex(ACTIONS.length)}
        onClick={() => {
          if (snippetsAvailable && block) onOpenSnippets(block);
        }}
      >
        <PhrasesIcon />
        <span>{t('snippets')}</span>
      </button>
    </div>
  );
}
