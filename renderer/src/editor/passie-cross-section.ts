import type { Node as ProseMirrorNode, ResolvedPos } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type Selection, type Transaction } from '@tiptap/pm/state';
import { ReplaceAroundStep, ReplaceStep, type Step } from '@tiptap/pm/transform';

/**
 * A selection that starts in one PASSIE block and ends in another. Deleting or typing over it must not join the
 * two blocks (which would move the rest of one block into the other): each block loses only its own selected
 * part, and a block selected from end to end stays as one empty paragraph.
 */

export const crossSectionKey = new PluginKey('passieCrossSection');

/** Index of the section holding `$pos`, or null for a position between sections. */
function sectionIndex($pos: ResolvedPos): number | null {
  return $pos.depth >= 1 ? $pos.index(0) : null;
}

export function selectionCrossesSections(selection: Selection): boolean {
  if (selection.empty || !(selection instanceof TextSelection)) return false;
  const from = sectionIndex(selection.$from);
  const to = sectionIndex(selection.$to);
  return from !== null && to !== null && from !== to;
}

/**
 * Deletes `from`–`to` block by block, leaving every block in place (a block covered from end to end keeps one empty
 * paragraph). Returns the position where the range began, mapped.
 */
export function deleteRangeAcrossSections(tr: Transaction, from: number, to: number): number {
  const paragraph = tr.doc.type.schema.nodes.paragraph!;
  const parts: { start: number; end: number; whole: boolean }[] = [];
  tr.doc.forEach((section, offset) => {
    const contentStart = offset + 1;
    const contentEnd = offset + section.nodeSize - 1;
    const start = Math.max(from, contentStart);
    const end = Math.min(to, contentEnd);
    if (start < end) parts.push({ start, end, whole: start === contentStart && end === contentEnd });
  });
  // From the last block back, so the positions of the earlier ones stay valid.
  for (const part of parts.reverse()) {
    if (part.whole) tr.replaceWith(part.start, part.end, paragraph.create());
    else tr.delete(part.start, part.end);
  }
  return tr.mapping.map(from, -1);
}

/** Deletes a selection that spans blocks, block by block; the cursor ends where the selection began. */
export function deleteAcrossSections(tr: Transaction): boolean {
  const { selection } = tr;
  if (!selectionCrossesSections(selection)) return false;
  const start = deleteRangeAcrossSections(tr, selection.from, selection.to);
  tr.setSelection(TextSelection.near(tr.doc.resolve(start)));
  return true;
}

/** True when `from`–`to` starts inside one block and ends inside another. */
export function rangeCrossesSections(doc: ProseMirrorNode, from: number, to: number): boolean {
  if (from >= to) return false;
  const start = sectionIndex(doc.resolve(from));
  const end = sectionIndex(doc.resolve(to));
  return start !== null && end !== null && start !== end;
}

/**
 * True for a step that would tear a section open: it replaces a range that starts inside one section and ends
 * inside (or at the edge of) another. Replacing whole sections (from between sections to between sections) is
 * fine — the structure plugin puts keys and order right afterwards.
 */
export function tearsSectionsApart(step: Step, doc: ProseMirrorNode): boolean {
  if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep)) return false;
  const { from, to } = step as ReplaceStep;
  if (from >= to || to > doc.content.size) return false;
  const start = sectionIndex(doc.resolve(from));
  const end = sectionIndex(doc.resolve(to));
  return (start !== null || end !== null) && start !== end;
}

export function crossSectionPlugin(): Plugin {
  return new Plugin({
    key: crossSectionKey,
    /** The safety net: any other path (a drop, composition) that would join two blocks is refused. */
    filterTransaction(tr) {
      if (!tr.docChanged) return true;
      return !tr.steps.some((step, index) => tearsSectionsApart(step, tr.docs[index]!));
    },
    props: {
      handleTextInput(view, _from, _to, text) {
        if (!selectionCrossesSections(view.state.selection)) return false;
        const tr = view.state.tr;
        deleteAcrossSections(tr);
        view.dispatch(tr.insertText(text).scrollIntoView());
        return true;
      },
      handlePaste(view, _event, slice) {
        if (!selectionCrossesSections(view.state.selection)) return false;
        const tr = view.state.tr;
        deleteAcrossSections(tr);
        view.dispatch(tr.replaceSelection(slice).scrollIntoView().setMeta('paste', true).setMeta('uiEvent', 'paste'));
        return true;
      },
      handleKeyDown(view, event) {
        if (event.key !== 'Enter' || !selectionCrossesSections(view.state.selection)) return false;
        const tr = view.state.tr;
        deleteAcrossSections(tr);
        view.dispatch(tr.scrollIntoView());
        return true;
      },
      handleDOMEvents: {
        // The browser's copy still happens (ProseMirror's own cut handler); only its deletion, which the filter
        // refuses, is done here block by block.
        cut(view) {
          if (!view.editable || !selectionCrossesSections(view.state.selection)) return false;
          queueMicrotask(() => {
            if (view.isDestroyed) return;
            const tr = view.state.tr;
            if (deleteAcrossSections(tr)) view.dispatch(tr.scrollIntoView().setMeta('uiEvent', 'cut'));
          });
          return false;
        },
      },
    },
  });
}
