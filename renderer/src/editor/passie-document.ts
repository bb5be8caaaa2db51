import { Document } from '@tiptap/extension-document';
import { createDocument } from '@tiptap/react';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { PASSIE_KEYS } from '../../../shared/domain/passie';
import { crossSectionPlugin } from './passie-cross-section';
import { PASSIE_SECTION } from './passie-keys';
import { flattenSectionsInSlice, normalizePassieDoc } from './passie-structure';

export const passieStructureKey = new PluginKey('passieStructure');

/**
 * The reply document: exactly seven PASSIE sections (ARCHITECTURE.md, The PASSIE reply). Whatever an edit does — select
 * all and delete or type, a paste or drop that brings sections, a drag, content loaded in the wrong shape — the seven
 * blocks come back with their keys in order and no text lost; an emptied block keeps one empty paragraph. Blocks are
 * isolating, so Backspace at a block's start and Delete at its end do nothing, and a selection spanning blocks is
 * deleted block by block instead of joining them (see `passie-cross-section.ts`).
 */
export const PassieDocument = Document.extend({
  content: `${PASSIE_SECTION}{${PASSIE_KEYS.length}}`,

  onBeforeCreate() {
    // Initial content is not a transaction, so the structure plugin never sees it: repair it before it is used.
    const { content, parseOptions } = this.editor.options;
    try {
      const doc = createDocument(content ?? '', this.editor.schema, parseOptions);
      const fixed = normalizePassieDoc(doc, this.editor.schema);
      if (fixed) this.editor.options.content = fixed.doc.toJSON();
    } catch {
      // Content the schema cannot read at all: the editor's own fallback (an empty document) takes over.
    }
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: passieStructureKey,
        appendTransaction(transactions, _oldState, newState) {
          if (!transactions.some((transaction) => transaction.docChanged)) return null;
          const fixed = normalizePassieDoc(newState.doc, newState.schema);
          if (!fixed) return null;
          const tr = newState.tr.replaceWith(0, newState.doc.content.size, fixed.doc.content);
          const head = fixed.mapPosition(newState.selection.head);
          tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(head, tr.doc.content.size)), -1));
          return tr.setMeta(passieStructureKey, 'normalized');
        },
        props: {
          transformPasted: (slice) => flattenSectionsInSlice(slice),
        },
      }),
      crossSectionPlugin(),
    ];
  },
});
