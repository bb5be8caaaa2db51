import type { EditorView } from '@tiptap/pm/view';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type { PassieKey, ReplyBlocks } from '../../../shared/domain/passie';
import { EditorToolbar } from './EditorToolbar';
import { revealCaret } from './keep-in-view';
import { editorText, type EditorLanguage } from './editor-text';
import { PassieCircle } from './PassieCircle';
import { createPassieExtensions } from './passie-extensions';
import { blockFilled, blockWordCount, filledBlocks } from './passie-queries';
import { loadContent, setSlashHandler, type SnippetTarget } from './passie-commands';
import { sectionKeyAt } from './passie-structure';
import { docToReplyBlocks, replyBlocksFromNode, replyBlocksToDoc } from './reply-conversion';
import { SnippetMenu } from './SnippetMenu';
import '../styles/editor.css';

/** What a hosting screen can ask of the editor through `editorRef`. */
export interface PassieEditorHandle {
  /** The TipTap editor, for anything not covered here. */
  readonly editor: Editor | null;
  focusBlock: (key: PassieKey) => boolean;
  insertQuote: (key: PassieKey, text: string) => boolean;
  insertSnippet: (target: SnippetTarget, text: string) => boolean;
  blockFilled: (key: PassieKey) => boolean;
  wordCount: (key: PassieKey) => number;
  /** The reply as it stands now (the same blocks `onChange` last reported). */
  getBlocks: () => ReplyBlocks;
}

export interface PassieEditorProps {
  /**
   * The reply. Pass back what `onChange` gave you (debounced or not): the editor never reloads a value it reported
   * itself. Any other value that differs from what is on screen replaces the content, as a fresh start (no undo
   * back into the previous text) — that is how a screen switches to another draft.
   */
  value: ReplyBlocks;
  /** The coach's labels for the seven blocks, in `language`. */
  labels: Record<PassieKey, string>;
  language: EditorLanguage;
  /** Called after every change of the text, with only the changed blocks rebuilt. Debouncing is the caller's job. */
  onChange: (blocks: ReplyBlocks) => void;
  readOnly?: boolean;
  /** The coach's stock phrases per block, offered by the "Zinnen" button and by `/` on an empty line. */
  snippets?: Partial<Record<PassieKey, readonly string[]>>;
  editorRef?: Ref<PassieEditorHandle>;
  /** Show the PASSIE circle beside the text (default true). */
  showCircle?: boolean;
}

interface MenuState {
  key: PassieKey;
  /** Where the typed `/` ends, when the menu was opened by typing it. */
  slashEnd: number | null;
  position: { top: number; left: number } | null;
}

function sameContent(a: ReplyBlocks, b: ReplyBlocks): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The circle follows the editor without re-rendering the editor: only a change of a block's filled state counts. */
function EditorCircle(props: {
  editor: Editor;
  labels: Record<PassieKey, string>;
  language: EditorLanguage;
  onSelect: (key: PassieKey) => void;
}) {
  const { editor, ...rest } = props;
  const progress = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      filled: filledBlocks(current.state.doc),
      current: current.isFocused ? sectionKeyAt(current.state.doc, current.state.selection.from) : null,
    }),
  });
  return <PassieCircle {...rest} filled={progress.filled} current={progress.current} />;
}

/**
 * The PASSIE reply editor: seven fixed blocks in one TipTap document (see `passie-document.ts`), a formatting
 * toolbar, the coach's phrases, and the PASSIE circle. Typing re-renders no React component: word counts live in the
 * block headers (plain DOM, at most once per frame) and the toolbar and circle update only when what they show
 * changes.
 */
export function PassieEditor({
  value,
  labels,
  language,
  onChange,
  readOnly = false,
  snippets,
  editorRef,
  showCircle = true,
}: PassieEditorProps) {
  const t = editorText(language);
  const page = useRef<HTMLDivElement>(null);
  const onChangeRef = useRef(onChange);
  const editorInstance = useRef<Editor | null>(null);
  /** Every value this editor reported: such a value coming back as `value` is never loaded over newer text. */
  const reported = useRef(new WeakSet<ReplyBlocks>());
  const [menu, setMenu] = useState<MenuState | null>(null);

  useEffect(() => {
    onChangeRef.current = onChange;
  });

  const menuPosition = useCallback((pos: number): MenuState['position'] => {
    const view = editorInstance.current?.view;
    const box = page.current?.getBoundingClientRect();
    if (!view || !box) return null;
    try {
      const coords = view.coordsAtPos(pos);
      // Keep the menu (at most 28rem wide, see editor.css) inside the page, however far right the caret is.
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const widest = Math.max(0, box.width - Math.min(28 * rem, box.width));
      return { top: coords.bottom - box.top + 4, left: Math.min(Math.max(0, coords.left - box.left), widest) };
    } catch {
      return null;
    }
  }, []);

  const [extensions] = useState(() => createPassieExtensions({ texts: { language, labels } }));
  const [initialContent] = useState(() => replyBlocksToDoc(value));
  const editorProps = useMemo(
    () => ({
      attributes: {
        'aria-label': t('editorLabel'),
        'aria-multiline': 'true',
        ...(readOnly ? { 'aria-readonly': 'true' } : {}),
        class: 'passie-editor__document',
      },
      // The caret stays clear of the bars that sit over the pane (the toolbar, the send bar).
      handleScrollToSelection: (view: EditorView) => revealCaret(view),
    }),
    [t, readOnly],
  );

  const onUpdate = useCallback(({ editor: current }: { editor: Editor }) => {
    const blocks = replyBlocksFromNode(current.state.doc);
    reported.current.add(blocks);
    onChangeRef.current(blocks);
  }, []);

  const editor = useEditor({
    extensions,
    content: initialContent,
    editable: !readOnly,
    injectCSS: false,
    shouldRerenderOnTransaction: false,
    editorProps,
    onUpdate,
  });
  useEffect(() => {
    editorInstance.current = editor;
  }, [editor]);

  useEffect(() => {
    editor.commands.setPassieTexts({ language, labels });
  }, [editor, language, labels]);

  useEffect(() => {
    if (editor.isEditable !== !readOnly) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  useEffect(() => {
    setSlashHandler(editor, (key, slashEnd) => {
      if ((snippets?.[key]?.length ?? 0) === 0) return false;
      setMenu({ key, slashEnd, position: menuPosition(slashEnd) });
      return true;
    });
    return () => setSlashHandler(editor, null);
  }, [editor, snippets, menuPosition]);

  useEffect(() => {
    if (reported.current.has(value)) return;
    const incoming = docToReplyBlocks(replyBlocksToDoc(value));
    if (sameContent(incoming, replyBlocksFromNode(editor.state.doc))) return;
    loadContent(editor, replyBlocksToDoc(value));
  }, [editor, value]);

  // After a jump or a quote the block is shown with its heading, not only the caret at its end.
  const goToBlock = useCallback(
    (key: PassieKey, move: () => boolean): boolean => {
      if (!move()) return false;
      revealCaret(editor.view, editor.view.dom.querySelector(`[data-passie-key="${key}"]`));
      return true;
    },
    [editor],
  );

  useImperativeHandle(
    editorRef,
    (): PassieEditorHandle => ({
      editor,
      focusBlock: (key) => goToBlock(key, () => editor.commands.focusBlock(key)),
      insertQuote: (key, text) => goToBlock(key, () => editor.commands.insertQuote(key, text)),
      insertSnippet: (target, text) => editor.commands.insertSnippet(target, text),
      blockFilled: (key) => blockFilled(editor.state.doc, key),
      wordCount: (key) => blockWordCount(editor.state.doc, key),
      getBlocks: () => replyBlocksFromNode(editor.state.doc),
    }),
    [editor, goToBlock],
  );

  const openSnippets = (key: PassieKey) => {
    setMenu({ key, slashEnd: null, position: menuPosition(editor.state.selection.from) });
  };

  const chooseSnippet = (snippet: string) => {
    if (!menu) return;
    const { slashEnd, key } = menu;
    setMenu(null);
    editor
      .chain()
      .focus()
      .command(({ tr }) => {
        if (
          slashEnd !== null &&
          slashEnd <= tr.doc.content.size &&
          tr.doc.textBetween(slashEnd - 1, slashEnd) === '/'
        ) {
          tr.delete(slashEnd - 1, slashEnd);
        }
        return true;
      })
      .insertSnippet(key, snippet)
      .run();
  };

  const closeSnippets = (restoreFocus: boolean) => {
    setMenu(null);
    if (restoreFocus) editor.commands.focus();
  };

  const openMenu = readOnly ? null : menu;
  const classes = ['passie-editor'];
  if (readOnly) classes.push('passie-editor--readonly');
  if (showCircle) classes.push('passie-editor--with-circle');

  return (
    <div className={classes.join(' ')}>
      {!readOnly && (
        <EditorToolbar
          editor={editor}
          t={t}
          snippets={snippets}
          snippetMenuOpen={openMenu !== null}
          onOpenSnippets={openSnippets}
        />
      )}
      <div className="passie-editor__body">
        <div className="passie-editor__page" ref={page}>
          <EditorContent editor={editor} />
          {openMenu && (
            <SnippetMenu
              label={t('snippetsFor', { label: labels[openMenu.key] })}
              snippets={snippets?.[openMenu.key] ?? []}
              position={openMenu.position}
              onChoose={chooseSnippet}
              onClose={closeSnippets}
            />
          )}
        </div>
        {showCircle && (
          <div className="passie-editor__aside">
            <EditorCircle
              editor={editor}
              labels={labels}
              language={language}
              onSelect={(key) => goToBlock(key, () => editor.commands.focusBlock(key))}
            />
          </div>
        )}
      </div>
    </div>
  );
}
