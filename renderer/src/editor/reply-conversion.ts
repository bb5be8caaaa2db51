import type { JSONContent } from '@tiptap/react';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { PASSIE_KEYS, type PassieKey, type ReplyBlocks } from '../../../shared/domain/passie';
import type { RichDoc, RichNode } from '../../../shared/domain/rich-text';
import { isPassieKey, PASSIE_SECTION } from './passie-keys';
import { isBlankContent, sanitizeBlocks } from './rich-content';

/**
 * Between the stored reply (one rich document per PASSIE block) and the editor's single document of seven
 * sections. Both directions run the same sanitiser, so what reaches the editor and what leaves it is always
 * allowed content; an empty block is `{ type: 'doc', content: [] }` when stored and one empty paragraph on screen.
 */

function blockFromContent(content: unknown): RichDoc {
  const blocks = sanitizeBlocks(Array.isArray(content) ? content : []);
  return { type: 'doc', content: isBlankContent(blocks) ? [] : blocks };
}

export function replyBlocksToDoc(blocks: Partial<ReplyBlocks> | null | undefined): JSONContent {
  return {
    type: 'doc',
    content: PASSIE_KEYS.map((key) => {
      const content: RichNode[] = sanitizeBlocks(blocks?.[key]?.content ?? []);
      return {
        type: PASSIE_SECTION,
        attrs: { key },
        content: content.length > 0 ? content : [{ type: 'paragraph' }],
      };
    }),
  };
}

/** The stored reply for editor JSON. A block missing from the JSON comes back empty; a repeated key's first wins. */
export function docToReplyBlocks(json: JSONContent): ReplyBlocks {
  const sections = new Map<PassieKey, unknown>();
  for (const node of json.content ?? []) {
    const key: unknown = node.attrs?.key;
    if (node.type === PASSIE_SECTION && isPassieKey(key) && !sections.has(key)) sections.set(key, node.content);
  }
  return Object.fromEntries(PASSIE_KEYS.map((key) => [key, blockFromContent(sections.get(key))])) as ReplyBlocks;
}

/** Converted content by editor node. ProseMirror keeps unchanged nodes as the same objects, across transactions. */
const convertedSections = new WeakMap<ProseMirrorNode, RichDoc>();
const convertedChildren = new WeakMap<ProseMirrorNode, RichNode[]>();

/**
 * A section's stored block, converting child by child: a section's children are already valid blocks, so each
 * converts on its own, and after a keystroke only the paragraph (or list) that changed is converted again.
 */
function sectionBlock(section: ProseMirrorNode): RichDoc {
  let block = convertedSections.get(section);
  if (block) return block;
  const content: RichNode[] = [];
  section.forEach((child) => {
    let converted = convertedChildren.get(child);
    if (!converted) {
      converted = sanitizeBlocks([child.toJSON()]);
      convertedChildren.set(child, converted);
    }
    content.push(...converted);
  });
  block = { type: 'doc', content: isBlankContent(content) ? [] : content };
  convertedSections.set(section, block);
  return block;
}

/**
 * `docToReplyBlocks` for a live editor document, cheap enough for every keystroke: only the changed paragraph is
 * converted, and an unchanged block is the same object as last time (so a parent can compare by identity).
 */
export function replyBlocksFromNode(doc: ProseMirrorNode): ReplyBlocks {
  const blocks = new Map<PassieKey, RichDoc>();
  doc.forEach((section) => {
    const key: unknown = section.attrs.key;
    if (section.type.name === PASSIE_SECTION && isPassieKey(key) && !blocks.has(key)) {
      blocks.set(key, sectionBlock(section));
    }
  });
  return Object.fromEntries(
    PASSIE_KEYS.map((key) => [key, blocks.get(key) ?? { type: 'doc', content: [] }]),
  ) as ReplyBlocks;
}
