import { Extension, type Editor } from '@tiptap/react';
import { Fragment, Slice, type Node as ProseMirrorNode, type Schema } from '@tiptap/pm/model';
import { EditorState, Plugin, PluginKey, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { PassieKey } from '../../../shared/domain/passie';
import { deleteAcrossSections } from './passie-cross-section';
import { blockEndCursor } from './passie-queries';
import { sectionKeyAt, sectionPosition } from './passie-structure';

export type SnippetTarget = PassieKey | 'current';

declare module '@tiptap/core' {
  interface Storage {
    passieCommands: PassieCommandsStorage;
  }
  interface Commands<ReturnType> {
    passieBlocks: {
      /** Cursor to the end of the block's text, scrolled into view, editor focused. */
      focusBlock: (key: PassieKey) => ReturnType;
      /** Appends the text as a quotation (one paragraph per line) to the block, with room to write after it. */
      insertQuote: (key: PassieKey, text: string) => ReturnType;
      /**
       * Inserts a phrase: at the cursor when it is in that block (or for 'current'), otherwise at the block's end.
       * Several lines become several paragraphs.
       */
      insertSnippet: (target: SnippetTarget, text: string) => ReturnType;
    };
  }
}

export interface PassieCommandsStorage {
  /**
   * Called after `/` was typed at the start of an empty line, with the block and the position just after the
   * slash; returns true when a phrase menu opened for it. The editor component sets it while mounted.
   */
  onSlash: ((key: PassieKey, slashEnd: number) => boolean) | null;
}

/** Who hears about a `/` typed at the start of an empty line (null: nobody, the slash is just a slash). */
export function setSlashHandler(editor: Editor, handler: PassieCommandsStorage['onSlash']): void {
  editor.storage.passieCommands.onSlash = handler;
}

/**
 * Replaces the editor's content with another reply as a fresh start: no undo step back into the previous one.
 * Listeners (toolbar, circle) hear about it through one transaction that changes nothing.
 */
export function loadContent(editor: Editor, content: Parameters<Editor['commands']['setContent']>[0]): void {
  editor.chain().setMeta('addToHistory', false).setContent(content, { emitUpdate: false }).run();
  const { view } = editor;
  const { doc, selection, plugins } = view.state;
  view.updateState(EditorState.create({ doc, selection, plugins }));
  view.dispatch(view.state.tr.setMeta('addToHistory', false).setMeta('preventUpdate', true));
}

export const snippetTriggerKey = new PluginKey('passieSnippetTrigger');

function lines(text: string, keepEmpty: boolean): string[] {
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  return keepEmpty ? all : all.filter((line) => line.trim().length > 0);
}

function paragraphs(schema: Schema, textLines: readonly string[]): ProseMirrorNode[] {
  const paragraph = schema.nodes.paragraph!;
  return textLines.map((line) => paragraph.create(null, line.length > 0 ? schema.text(line) : undefined));
}

/**
 * Inserts `nodes` at the end of a block. An empty last paragraph is filled (replaced) — or, with `roomAfter`, kept
 * after the new nodes so there is a line to write on; without one, `roomAfter` adds it.
 */
function appendToBlock(tr: Transaction, key: PassieKey, nodes: ProseMirrorNode[], roomAfter: boolean): boolean {
  const section = sectionPosition(tr.doc, key);
  if (!section) return false;
  const contentEnd = section.pos + section.node.nodeSize - 1;
  const last = section.node.lastChild;
  if (last?.type.name === 'paragraph' && last.content.size === 0) {
    const lastStart = contentEnd - last.nodeSize;
    if (roomAfter) tr.insert(lastStart, nodes);
    else tr.replaceWith(lastStart, contentEnd, nodes);
  } else {
    tr.insert(contentEnd, roomAfter ? [...nodes, tr.doc.type.schema.nodes.paragraph!.create()] : nodes);
  }
  return true;
}

export const PassieCommands = Extension.create<Record<string, never>, PassieCommandsStorage>({
  name: 'passieCommands',

  addStorage() {
    return { onSlash: null };
  },

  addCommands() {
    return {
      focusBlock:
        (key) =>
        ({ tr, commands }) => {
          const cursor = blockEndCursor(tr.doc, key);
          if (cursor === null) return false;
          tr.scrollIntoView();
          return commands.focus(cursor, { scrollIntoView: true });
        },

      insertQuote:
        (key, text) =>
        ({ tr, dispatch, state }) => {
          const quoted = lines(text, false);
          if (quoted.length === 0 || !sectionPosition(tr.doc, key)) return false;
          if (!dispatch) return true;
          const { schema } = state;
          const quote = schema.nodes.blockquote!.create(null, paragraphs(schema, quoted));
          appendToBlock(tr, key, [quote], true);
          const cursor = blockEndCursor(tr.doc, key);
          if (cursor !== null) tr.setSelection(TextSelection.create(tr.doc, cursor)).scrollIntoView();
          return true;
        },

      insertSnippet:
        (target, text) =>
        ({ tr, dispatch, state }) => {
          const snippetLines = lines(text.replace(/\s+$/, ''), true);
          if (snippetLines.every((line) => line.trim().length === 0)) return false;
          const currentKey = sectionKeyAt(tr.doc, tr.selection.from);
          const key = target === 'current' ? currentKey : target;
          if (!key || !sectionPosition(tr.doc, key)) return false;
          if (!dispatch) return true;
          if (key === currentKey) deleteAcrossSections(tr);
          const { selection } = tr;

          const atCursor =
            key === currentKey && selection instanceof TextSelection && selection.$from.parent.isTextblock;
          if (atCursor && snippetLines.length === 1) {
            tr.insertText(snippetLines[0]!, selection.from, selection.to);
          } else if (atCursor) {
            tr.replaceSelection(new Slice(Fragment.from(paragraphs(state.schema, snippetLines)), 1, 1));
          } else {
            appendToBlock(tr, key, paragraphs(state.schema, snippetLines), false);
            const cursor = blockEndCursor(tr.doc, key);
            if (cursor !== null) tr.setSelection(TextSelection.create(tr.doc, cursor));
          }
          tr.scrollIntoView();
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const storage = this.storage;
    return [
      new Plugin({
        key: snippetTriggerKey,
        props: {
          handleTextInput(view, from, to, text, insertDefault) {
            if (text !== '/' || from !== to || !storage.onSlash || !view.editable) return false;
            const $from = view.state.doc.resolve(from);
            if ($from.parent.type.name !== 'paragraph' || $from.parent.content.size !== 0) return false;
            const key = sectionKeyAt(view.state.doc, from);
            if (!key) return false;
            view.dispatch(insertDefault());
            storage.onSlash(key, from + 1);
            return true;
          },
        },
      }),
    ];
  },
});
