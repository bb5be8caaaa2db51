import { Node } from '@tiptap/react';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { DEFAULT_PASSIE_LABELS, PASSIE_KEYS, type PassieKey } from '../../../shared/domain/passie';
import { isPassieKey, PASSIE_SECTION } from './passie-keys';
import { PassieSectionView, type PassieSectionStorage, type PassieTexts } from './passie-section-view';

declare module '@tiptap/core' {
  interface Storage {
    passieSection: PassieSectionStorage;
  }
  interface Commands<ReturnType> {
    passieSection: {
      /** New labels or language for the block headers and guidance; the document itself does not change. */
      setPassieTexts: (texts: Partial<PassieTexts>) => ReturnType;
    };
  }
}

/** Whether the editor has focus: TipTap's focus events mark their transactions with `focus` and `blur`. */
export const currentBlockKey = new PluginKey<boolean>('passieCurrentBlock');

/**
 * Marks the block holding the cursor with `passie-block--current` while the editor has focus: where the coach is
 * writing stays visible even in a long reply. One node decoration, recomputed in constant time.
 */
function currentBlockPlugin(): Plugin<boolean> {
  return new Plugin<boolean>({
    key: currentBlockKey,
    state: {
      init: () => false,
      apply: (tr, focused) => (tr.getMeta('focus') ? true : tr.getMeta('blur') ? false : focused),
    },
    props: {
      decorations(state) {
        const { $from } = state.selection;
        if (!currentBlockKey.getState(state) || $from.depth < 1) return null;
        const start = $from.before(1);
        return DecorationSet.create(state.doc, [
          Decoration.node(start, start + $from.node(1).nodeSize, { class: 'passie-block--current' }),
        ]);
      },
    },
  });
}

export interface PassieSectionOptions {
  texts: PassieTexts;
}

/**
 * One of the seven PASSIE blocks: a top-level-only, isolating container (Backspace at its start and Delete at its
 * end never join it with a neighbour) carrying its `key`. In HTML it is `<section data-passie-key="…">`.
 */
export const PassieSection = Node.create<PassieSectionOptions, PassieSectionStorage>({
  name: PASSIE_SECTION,
  content: 'block+',
  isolating: true,
  defining: true,
  selectable: false,
  draggable: false,

  addOptions() {
    return { texts: { language: 'nl', labels: DEFAULT_PASSIE_LABELS.nl } };
  },

  addStorage() {
    return { texts: this.options.texts, views: new Set() };
  },

  addAttributes() {
    return {
      key: {
        default: null,
        parseHTML: (element) => {
          const key = element.getAttribute('data-passie-key');
          return isPassieKey(key) ? key : null;
        },
        renderHTML: (attributes) => (isPassieKey(attributes.key) ? { 'data-passie-key': attributes.key } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'section[data-passie-key]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', HTMLAttributes, 0];
  },

  addNodeView() {
    return ({ node, editor }) =>
      new PassieSectionView(node, this.storage, (key: PassieKey) => {
        if (editor.isEditable) editor.commands.focusBlock(key);
      });
  },

  addProseMirrorPlugins() {
    return [currentBlockPlugin()];
  },

  addCommands() {
    return {
      setPassieTexts:
        (texts) =>
        ({ tr, dispatch }) => {
          const next = { ...this.storage.texts, ...texts };
          const current = this.storage.texts;
          const same =
            next.language === current.language && PASSIE_KEYS.every((key) => next.labels[key] === current.labels[key]);
          if (dispatch && !same) {
            this.storage.texts = next;
            this.storage.views.forEach((view) => view.refreshTexts());
            tr.setMeta('addToHistory', false);
          }
          return true;
        },
    };
  },
});
