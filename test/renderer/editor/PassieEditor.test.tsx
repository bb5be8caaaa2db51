// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_PASSIE_LABELS,
  emptyReplyBlocks,
  PASSIE_KEYS,
  type PassieKey,
  type ReplyBlocks,
} from '../../../shared/domain/passie';
import { en } from '../../../renderer/src/i18n/en';
import { nl } from '../../../renderer/src/i18n/nl';
import { PassieEditor, type PassieEditorHandle } from '../../../renderer/src/editor/PassieEditor';
import { sectionKeyAt } from '../../../renderer/src/editor/passie-structure';
import { paragraph, textBlocks } from './editor-fixtures';

afterEach(cleanup);

type Props = Partial<Parameters<typeof PassieEditor>[0]>;

function renderEditor(props: Props = {}) {
  const handle = createRef<PassieEditorHandle>();
  const onChange = vi.fn<(blocks: ReplyBlocks) => void>();
  const language = props.language ?? 'nl';
  const all = {
    value: emptyReplyBlocks(),
    labels: DEFAULT_PASSIE_LABELS[language],
    language,
    onChange,
    editorRef: handle,
    ...props,
  };
  const result = render(<PassieEditor {...all} />);
  const rerender = (next: Props) => result.rerender(<PassieEditor {...all} {...next} />);
  const editor = () => handle.current!.editor!;
  return { ...result, handle, onChange, editor, rerender };
}

function headers(root: HTMLElement) {
  return [...root.querySelectorAll('section[data-passie-key]')].map((node) => [
    node.querySelector('.passie-block__letter')?.textContent,
    node.querySelector('.passie-block__label')?.textContent,
    node.querySelector('.passie-block__count')?.textContent,
  ]);
}

function guidance(root: HTMLElement) {
  return Object.fromEntries(
    [...root.querySelectorAll('section[data-passie-key]')].map((node) => [
      node.getAttribute('data-passie-key'),
      node.classList.contains('passie-block--empty')
        ? node.querySelector('.passie-block__guidance')?.textContent
        : null,
    ]),
  );
}

/** What typing one character does: the editor's text-input handlers first, the plain insertion otherwise. */
function typeCharacter(editor: ReturnType<ReturnType<typeof renderEditor>['editor']>, text: string) {
  const { view } = editor;
  const { from, to } = view.state.selection;
  act(() => {
    const insert = () => view.state.tr.insertText(text, from, to);
    const handled = view.someProp('handleTextInput', (handler) => handler(view, from, to, text, insert));
    if (!handled) view.dispatch(insert());
  });
}

const LETTERS: Record<PassieKey, string> = { p_open: 'P', a: 'A', s1: 'S', s2: 'S', i: 'I', e: 'E', p_close: 'P' };

describe.each(['nl', 'en'] as const)('the PASSIE editor in %s', (language) => {
  const messages = { nl, en }[language].editor;
  const words = language === 'nl' ? 'woorden' : 'words';

  it('shows seven blocks with letter, label, word count and guidance while empty', () => {
    renderEditor({ language });
    const textbox = screen.getByRole('textbox', { name: messages.editorLabel });
    expect(textbox.getAttribute('contenteditable')).toBe('true');
    expect(headers(textbox)).toEqual(
      PASSIE_KEYS.map((key) => [LETTERS[key], DEFAULT_PASSIE_LABELS[language][key], `0 ${words}`]),
    );
    expect(guidance(textbox)).toEqual(messages.guidance);
  });

  it('counts words per block and hides the guidance of written blocks', async () => {
    const value = emptyReplyBlocks();
    value.a = { type: 'doc', content: [paragraph('Eén woord'), paragraph('en nog half-time twee')] };
    value.p_close = { type: 'doc', content: [paragraph('Tot!')] };
    renderEditor({ language, value });
    const textbox = screen.getByRole('textbox');
    expect(headers(textbox).map(([, , count]) => count)).toEqual([
      `0 ${words}`,
      `6 ${words}`,
      `0 ${words}`,
      `0 ${words}`,
      `0 ${words}`,
      `0 ${words}`,
      language === 'nl' ? '1 woord' : '1 word',
    ]);
    expect(guidance(textbox)).toEqual({ ...messages.guidance, a: null, p_close: null });
  });

  it('has a toolbar of named buttons with shortcuts in their tooltips', () => {
    renderEditor({ language });
    const toolbar = screen.getByRole('toolbar', { name: messages.toolbarLabel });
    const buttons = within(toolbar).getAllByRole('button');
    expect(buttons.map((button) => [button.textContent, button.getAttribute('title')])).toEqual([
      [messages.bold, `${messages.bold} (Ctrl+B)`],
      [messages.italic, `${messages.italic} (Ctrl+I)`],
      [messages.underline, `${messages.underline} (Ctrl+U)`],
      [messages.bulletList, `${messages.bulletList} (Ctrl+Shift+8)`],
      [messages.orderedList, `${messages.orderedList} (Ctrl+Shift+7)`],
      [messages.blockquote, `${messages.blockquote} (Ctrl+Shift+B)`],
      [messages.undo, `${messages.undo} (Ctrl+Z)`],
      [messages.redo, `${messages.redo} (Ctrl+Shift+Z)`],
      [messages.snippets, messages.snippetsNone],
    ]);
    expect(buttons.slice(0, 6).map((button) => button.getAttribute('aria-pressed'))).toEqual(Array(6).fill('false'));
    expect(buttons[0]!.getAttribute('aria-keyshortcuts')).toBe('Control+B');
    expect(buttons.map((button) => button.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1, -1, -1]);
  });

  it('has the PASSIE circle with the coach’s labels', () => {
    renderEditor({ language, labels: { ...DEFAULT_PASSIE_LABELS[language], s1: 'Kern' } });
    const circle = screen.getByRole('navigation', { name: messages.circleLabel });
    expect(within(circle).getAllByRole('button')[2]!.getAttribute('aria-label')).toBe(
      `S — Kern: ${messages.blockEmpty}`,
    );
    expect(screen.getByRole('textbox').querySelector('[data-passie-key="s1"] .passie-block__label')?.textContent).toBe(
      'Kern',
    );
  });
});

describe('the PASSIE editor at work', () => {
  it('reports every change, rebuilding only the changed block', () => {
    const { handle, onChange } = renderEditor({ value: textBlocks() });
    act(() => {
      handle.current!.insertSnippet('s2', 'Ik zie een patroon.');
    });
    expect(onChange).toHaveBeenCalledTimes(1);
    const first = onChange.mock.calls[0]![0];
    expect(first.s2).toEqual({ type: 'doc', content: [paragraph('Tekst s2.'), paragraph('Ik zie een patroon.')] });
    expect(first.p_open).toEqual(textBlocks().p_open);

    act(() => {
      handle.current!.insertQuote('a', 'Citaat');
    });
    const second = onChange.mock.calls[1]![0];
    expect(second.s2).toBe(first.s2);
    expect(second.a.content).toEqual([
      paragraph('Tekst a.'),
      { type: 'blockquote', content: [paragraph('Citaat')] },
      paragraph(),
    ]);
    expect(handle.current!.getBlocks()).toEqual(second);
  });

  it('offers block queries and commands through editorRef', () => {
    const value = emptyReplyBlocks();
    value.i = { type: 'doc', content: [paragraph('Wat zou helpen? En wat nog meer?')] };
    const { handle, editor } = renderEditor({ value });
    expect(handle.current!.blockFilled('i')).toBe(true);
    expect(handle.current!.blockFilled('p_open')).toBe(false);
    expect(handle.current!.wordCount('i')).toBe(7);
    act(() => {
      handle.current!.focusBlock('e');
    });
    expect(sectionKeyAt(editor().state.doc, editor().state.selection.from)).toBe('e');
  });

  it('marks bold as pressed where the cursor is in bold text, and the button toggles it', () => {
    const { handle, editor } = renderEditor({ value: textBlocks() });
    const bold = () => screen.getByRole('button', { name: 'Vet' });
    act(() => {
      handle.current!.focusBlock('a');
      editor().commands.setTextSelection({
        from: editor().state.selection.from - 3,
        to: editor().state.selection.from,
      });
    });
    fireEvent.click(bold());
    expect(bold().getAttribute('aria-pressed')).toBe('true');
    expect(handle.current!.getBlocks().a.content).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Tekst' },
          { type: 'text', text: ' a.', marks: [{ type: 'bold' }] },
        ],
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    expect(bold().getAttribute('aria-pressed')).toBe('false');
    expect(handle.current!.getBlocks().a).toEqual(textBlocks().a);
  });

  it('moves focus through the toolbar with the arrow keys', () => {
    renderEditor();
    const toolbar = screen.getByRole('toolbar');
    const buttons = within(toolbar).getAllByRole('button');
    buttons[0]!.focus();
    fireEvent.keyDown(toolbar, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(toolbar, { key: 'ArrowLeft' });
    fireEvent.keyDown(toolbar, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(buttons[8]);
    expect(buttons[8]!.tabIndex).toBe(0);
    expect(buttons[0]!.tabIndex).toBe(-1);
  });

  it('goes to a block from the circle', () => {
    const { editor } = renderEditor({ value: textBlocks() });
    fireEvent.click(screen.getByRole('button', { name: 'E — Eigen stap: ingevuld' }));
    const { selection, doc } = editor().state;
    expect(sectionKeyAt(doc, selection.from)).toBe('e');
    expect(selection.$from.parentOffset).toBe('Tekst e.'.length);
  });

  it('follows a change of language and labels', () => {
    const { rerender } = renderEditor();
    rerender({ language: 'en', labels: { ...DEFAULT_PASSIE_LABELS.en, a: 'Connect' } });
    const textbox = screen.getByRole('textbox', { name: en.editor.editorLabel });
    expect(headers(textbox)[1]).toEqual(['A', 'Connect', '0 words']);
    expect(guidance(textbox).a).toBe(en.editor.guidance.a);
    expect(screen.getByRole('toolbar', { name: 'Formatting' })).toBeDefined();
  });

  it('loads a new value given by the parent, but never reloads one it reported itself', () => {
    const { handle, onChange, rerender, editor } = renderEditor({ value: textBlocks() });
    act(() => {
      handle.current!.insertSnippet('a', 'Eerste');
    });
    const reported = onChange.mock.calls[0]![0];
    act(() => {
      editor().commands.setTextSelection(2);
      handle.current!.insertSnippet('a', 'Tweede');
    });
    // A debounced parent hands back the older report after the coach typed on: the newer text stays.
    rerender({ value: reported });
    expect(handle.current!.getBlocks().a.content).toEqual([
      paragraph('Tekst a.'),
      paragraph('Eerste'),
      paragraph('Tweede'),
    ]);

    const other = emptyReplyBlocks();
    other.e = { type: 'doc', content: [paragraph('Een andere reactie')] };
    rerender({ value: other });
    expect(handle.current!.getBlocks()).toEqual(other);
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(editor().can().undo()).toBe(false);
    expect(screen.getByRole('button', { name: 'Ongedaan maken' }).getAttribute('aria-disabled')).toBe('true');
  });
});

describe('the phrase menu', () => {
  const snippets = { a: ['Ik hoor dat je moe bent.', 'Dat klinkt zwaar.'], e: ['Probeer deze week…'] };

  it('opens from the toolbar for the block with the cursor; Enter inserts the chosen phrase', () => {
    const { handle } = renderEditor({ value: textBlocks(), snippets });
    const button = screen.getByRole('button', { name: 'Zinnen' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    act(() => {
      handle.current!.focusBlock('a');
    });
    expect(button.getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');

    const listbox = screen.getByRole('listbox', { name: 'Zinnen voor Aansluiten' });
    expect(document.activeElement).toBe(listbox);
    const options = within(listbox).getAllByRole('option');
    expect(options.map((option) => [option.textContent, option.getAttribute('aria-selected')])).toEqual([
      ['Ik hoor dat je moe bent.', 'true'],
      ['Dat klinkt zwaar.', 'false'],
    ]);
    fireEvent.keyDown(listbox, { key: 'ArrowDown' });
    expect(listbox.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    fireEvent.keyDown(listbox, { key: 'Enter' });

    expect(screen.queryByRole('listbox')).toBeNull();
    expect(handle.current!.getBlocks().a.content).toEqual([paragraph('Tekst a.Dat klinkt zwaar.')]);
  });

  it('opens when / is typed on an empty line; the phrase replaces the slash', () => {
    const value = textBlocks();
    value.a = { type: 'doc', content: [paragraph('Eerst dit.'), paragraph()] };
    const { handle, editor } = renderEditor({ value, snippets });
    act(() => {
      handle.current!.focusBlock('a');
    });
    typeCharacter(editor(), '/');
    const listbox = screen.getByRole('listbox', { name: 'Zinnen voor Aansluiten' });
    expect(handle.current!.getBlocks().a.content).toEqual([paragraph('Eerst dit.'), paragraph('/')]);
    fireEvent.keyDown(listbox, { key: 'End' });
    fireEvent.keyDown(listbox, { key: 'ArrowDown' });
    fireEvent.keyDown(listbox, { key: 'ArrowUp' });
    fireEvent.keyDown(listbox, { key: 'Enter' });
    expect(handle.current!.getBlocks().a.content).toEqual([paragraph('Eerst dit.'), paragraph('Dat klinkt zwaar.')]);
  });

  it('Escape closes it and leaves the typed slash; a click on an option inserts it', () => {
    const { handle, editor } = renderEditor({ value: emptyReplyBlocks(), snippets });
    act(() => {
      handle.current!.focusBlock('e');
    });
    typeCharacter(editor(), '/');
    fireEvent.keyDown(screen.getByRole('listbox'), { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(handle.current!.getBlocks().e.content).toEqual([paragraph('/')]);

    fireEvent.click(screen.getByRole('button', { name: 'Zinnen' }));
    fireEvent.click(screen.getByRole('option', { name: 'Probeer deze week…' }));
    expect(handle.current!.getBlocks().e.content).toEqual([paragraph('/Probeer deze week…')]);
  });

  it('stays closed for / in the middle of text or in a block without phrases', () => {
    const { handle, editor } = renderEditor({ value: textBlocks(), snippets });
    act(() => {
      handle.current!.focusBlock('a');
    });
    typeCharacter(editor(), '/');
    act(() => {
      handle.current!.focusBlock('s1');
      editor().commands.enter();
    });
    typeCharacter(editor(), '/');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(handle.current!.getBlocks().a.content).toEqual([paragraph('Tekst a./')]);
    expect(handle.current!.getBlocks().s1.content).toEqual([paragraph('Tekst s1.'), paragraph('/')]);
  });
});

describe('the read-only editor', () => {
  it('has no toolbar, is not editable, and shows no guidance', () => {
    const { container, editor } = renderEditor({ value: textBlocks(), readOnly: true });
    expect(screen.queryByRole('toolbar')).toBeNull();
    const textbox = screen.getByRole('textbox');
    expect(textbox.getAttribute('contenteditable')).toBe('false');
    expect(textbox.getAttribute('aria-readonly')).toBe('true');
    expect(editor().isEditable).toBe(false);
    expect(container.querySelector('.passie-editor--readonly')).not.toBeNull();
    expect(screen.getByRole('navigation', { name: 'PASSIE-cirkel' })).toBeDefined();
  });

  it('can be switched to editing and back', () => {
    const { rerender, editor } = renderEditor({ readOnly: true });
    rerender({ readOnly: false });
    expect(screen.getByRole('toolbar')).toBeDefined();
    expect(editor().isEditable).toBe(true);
    rerender({ readOnly: true });
    expect(editor().isEditable).toBe(false);
    expect(screen.getByRole('textbox').getAttribute('contenteditable')).toBe('false');
  });
});
