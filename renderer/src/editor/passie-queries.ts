import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Selection } from '@tiptap/pm/state';
import { PASSIE_KEYS, type PassieKey } from '../../../shared/domain/passie';
import { isPassieKey } from './passie-keys';
import { sectionPosition } from './passie-structure';
import { countWords } from './word-count';

/**
 * Questions about the blocks of a live document. Answers are remembered per section node: ProseMirror keeps an
 * unchanged section as the same object, so after a keystroke only the block being typed in is looked at again.
 */

const wordCounts = new WeakMap<ProseMirrorNode, number>();
const filledSections = new WeakMap<ProseMirrorNode, boolean>();

export function sectionWordCount(section: ProseMirrorNode): number {
  let count = wordCounts.get(section);
  if (count === undefined) {
    count = countWords(section);
    wordCounts.set(section, count);
  }
  return count;
}

/** Filled means written in: any text that is not only whitespace. Stops at the first such text. */
export function isSectionFilled(section: ProseMirrorNode): boolean {
  let filled = filledSections.get(section);
  if (filled === undefined) {
    let found = false;
    section.descendants((node) => {
      if (found) return false;
      if (node.isText && /\S/.test(node.text ?? '')) found = true;
      return !found;
    });
    filled = found;
    filledSections.set(section, filled);
  }
  return filled;
}

export function blockFilled(doc: ProseMirrorNode, key: PassieKey): boolean {
  const section = sectionPosition(doc, key);
  return section ? isSectionFilled(section.node) : false;
}

export function blockWordCount(doc: ProseMirrorNode, key: PassieKey): number {
  const section = sectionPosition(doc, key);
  return section ? sectionWordCount(section.node) : 0;
}

/** Which blocks are written in, in one pass over the seven sections. */
export function filledBlocks(doc: ProseMirrorNode): Record<PassieKey, boolean> {
  const filled = Object.fromEntries(PASSIE_KEYS.map((key) => [key, false])) as Record<PassieKey, boolean>;
  doc.forEach((section) => {
    const key: unknown = section.attrs.key;
    if (isPassieKey(key) && isSectionFilled(section)) filled[key] = true;
  });
  return filled;
}

/** The cursor position at the very end of a block's text (inside its last textblock), or null without that block. */
export function blockEndCursor(doc: ProseMirrorNode, key: PassieKey): number | null {
  const section = sectionPosition(doc, key);
  if (!section) return null;
  const contentEnd = section.pos + section.node.nodeSize - 1;
  return Selection.near(doc.resolve(contentEnd), -1).head;
}
