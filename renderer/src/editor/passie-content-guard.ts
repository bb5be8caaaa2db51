import {
  commands as coreCommands,
  createDocument,
  createNodeFromContent,
  Extension,
  type Content,
} from '@tiptap/react';
import { Fragment, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, Selection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import {
  deleteAcrossSections,
  deleteRangeAcrossSections,
  rangeCrossesSections,
  selectionCrossesSections,
} from './passie-cross-section';
import { PASSIE_SECTION } from './passie-keys';
import { normalizePassieDoc } from './passie-structure';

type ContentValue = Content | ProseMirrorNode | Fragment;

const SECTION_HTML = /<section\b[^>]*\bdata-passie-key\b/i;

function isWrapperType(type: unknown): boolean {
  return type === 'doc' || type === PASSIE_SECTION;
}

function holdsSections(value: ContentValue): boolean {
  if (typeof value === 'string') return SECTION_HTML.test(value);
  if (value instanceof Fragment) {
    let found = false;
    value.forEach((node) => (found ||= isWrapperType(node.type.name)));
    return found;
  }
  if (Array.isArray(value)) return value.some((node) => isWrapperType(node?.type));
  if (value && typeof value === 'object' && 'type' in value) {
    const type: unknown = typeof value.type === 'string' ? value.type : (value as ProseMirrorNode).type?.name;
    return isWrapperType(type);
  }
  return false;
}

/** The blocks inside documents and sections, so inserted content lands in the block at the cursor. */
function unwrapSections(fragment: Fragment): Fragment {
  const blocks: ProseMirrorNode[] = [];
  fragment.forEach((node) => {
    if (isWrapperType(node.type.name)) unwrapSections(node.content).forEach((child) => blocks.push(child));
    else blocks.push(node);
  });
  return Fragment.fromArray(blocks);
}

/** True when `pos` is the very first (`dir` -1) or last (1) cursor position of its PASSIE block. */
function atSectionEdge(doc: ProseMirrorNode, pos: number, dir: -1 | 1): boolean {
  const $pos = doc.resolve(pos);
  if ($pos.depth < 1) return false;
  const edge = Selection.findFrom(doc.resolve(dir < 0 ? $pos.start(1) : $pos.end(1)), -dir);
  return edge !== null && (dir < 0 ? edge.from : edge.to) === pos;
}

/**
 * The caret as the browser has it. Right after a native caret move (Home, an arrow key) ProseMirror may not have
 * read the new selection yet; the browser's own Backspace would act on this one.
 */
function domCursor(view: EditorView): number | null {
  const selection = view.dom.ownerDocument.getSelection();
  const node = selection?.focusNode;
  if (!selection?.isCollapsed || !node || !view.dom.contains(node)) return null;
  try {
    return view.posAtDOM(node, selection.focusOffset);
  } catch {
    return null;
  }
}

/** Whether a Backspace (-1) or Delete (1) would leave the block: the editor's or the browser's caret at its edge. */
function leavesSection(view: EditorView, dir: -1 | 1): boolean {
  const { selection, doc } = view.state;
  if (!selection.empty) return false;
  if (atSectionEdge(doc, selection.from, dir)) return true;
  const caret = domCursor(view);
  return caret !== null && caret !== selection.from && atSectionEdge(doc, caret, dir);
}

const START_TAG = /<[a-zA-Z][^>]*>/g;
const STYLE_ATTRIBUTE = /\s+style\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+)/gi;

/**
 * Pasted HTML without the inline styles browsers and word processors put on copied text. The schema drops styles
 * anyway, but ProseMirror first reads the HTML into a DOM of this page, where the CSP refuses (and reports to the
 * console) every one of them — any DOM parser would, so this works on the markup's start tags as text.
 */
export function withoutInlineStyles(html: string): string {
  return html.replace(START_TAG, (tag) => tag.replace(STYLE_ATTRIBUTE, ''));
}

/**
 * `setContent`, `insertContent(At)` and `deleteSelection` with the reply's shape in mind. ProseMirror would quietly
 * drop whatever does not fit seven sections (an eighth section, a pasted document); instead, content set as a whole
 * is repaired like any other edit (see `normalizePassieDoc`), and inserted documents or sections give up their
 * blocks. A range spanning blocks is deleted block by block (see `passie-cross-section.ts`), which is what
 * Backspace and Delete do with such a selection. Everything else goes to TipTap's own commands untouched. Lowest
 * priority, so these definitions are the ones that count.
 */
export const PassieContentGuard = Extension.create({
  name: 'passieContentGuard',
  priority: 1,

  /**
   * Backspace at the start of a block and Delete at its end: when nothing else in the editor handled them (lifting a
   * list item or quote, say), they stop here. Left to the browser, its own editing would move the caret into the
   * neighbouring block or merge the blocks' markup.
   */
  addKeyboardShortcuts() {
    const atStart = () => leavesSection(this.editor.view, -1);
    const atEnd = () => leavesSection(this.editor.view, 1);
    return {
      Backspace: atStart,
      'Mod-Backspace': atStart,
      'Shift-Backspace': atStart,
      'Alt-Backspace': atStart,
      'Ctrl-h': atStart,
      Delete: atEnd,
      'Mod-Delete': atEnd,
      'Alt-Delete': atEnd,
      'Ctrl-Alt-Backspace': atEnd,
      'Ctrl-d': atEnd,
      'Alt-d': atEnd,
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('passiePasteCleanup'),
        props: {
          transformPastedHTML: (html) => withoutInlineStyles(html),
        },
      }),
    ];
  },

  addCommands() {
    return {
      setContent: (content, options) => (props) => {
        let prepared: ContentValue = content;
        try {
          const doc = createDocument(content, props.editor.schema, options?.parseOptions, {
            errorOnInvalidContent: options?.errorOnInvalidContent ?? props.editor.options.enableContentCheck,
          });
          prepared = normalizePassieDoc(doc, props.editor.schema)?.doc ?? doc;
        } catch {
          // Let TipTap's own command report invalid content the way it always does.
        }
        return coreCommands.setContent(prepared, options)(props);
      },

      deleteSelection: () => (props) => {
        if (!selectionCrossesSections(props.tr.selection)) return coreCommands.deleteSelection()(props);
        if (props.dispatch) deleteAcrossSections(props.tr);
        return true;
      },

      insertContentAt: (position, value, options) => (props) => {
        let prepared: ContentValue = value;
        let at = position;
        if (typeof at !== 'number' && rangeCrossesSections(props.tr.doc, at.from, at.to)) {
          if (!props.dispatch) return true;
          at = deleteRangeAcrossSections(props.tr, at.from, at.to);
        }
        if (holdsSections(value)) {
          try {
            const parsed = createNodeFromContent(value, props.editor.schema, {
              slice: true,
              parseOptions: options?.parseOptions ?? props.editor.options.parseOptions,
            });
            prepared = unwrapSections(parsed instanceof Fragment ? parsed : Fragment.from(parsed));
          } catch {
            // As above: invalid content is TipTap's to report.
          }
        }
        return coreCommands.insertContentAt(at, prepared, options)(props);
      },
    };
  },
});
