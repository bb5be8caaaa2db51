import { Editor, type JSONContent } from '@tiptap/react';
import { afterEach } from 'vitest';
import { PASSIE_KEYS, type PassieKey, type ReplyBlocks } from '../../../shared/domain/passie';
import type { RichNode } from '../../../shared/domain/rich-text';
import { createPassieExtensions } from '../../../renderer/src/editor/passie-extensions';
import type { PassieTexts } from '../../../renderer/src/editor/passie-section-view';
import { replyBlocksToDoc } from '../../../renderer/src/editor/reply-conversion';

/**
 * Real TipTap editors for the editor tests, the way TipTap tests its own extensions: a live `Editor` on a detached
 * element, asserted through `getJSON()`, destroyed after each test.
 */

// jsdom does no layout: ProseMirror's scrolling and coordinates need these to exist (they measure nothing).
if (typeof Range.prototype.getClientRects !== 'function') {
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => new DOMRect();
}

const live: Editor[] = [];

afterEach(() => {
  while (live.length > 0) live.pop()?.destroy();
});

export function createEditor(content: JSONContent | string = replyBlocksToDoc(textBlocks()), texts?: PassieTexts) {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: createPassieExtensions(texts ? { texts } : {}),
    content,
    injectCSS: false,
  });
  live.push(editor);
  return editor;
}

/** A paragraph, usable both as editor JSON and as stored rich text. */
export const paragraph = (text?: string): RichNode =>
  text === undefined ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] };

export const section = (key: string, ...content: JSONContent[]): JSONContent => ({
  type: 'passieSection',
  attrs: { key },
  content: content.length > 0 ? content : [paragraph()],
});

/** A reply with one sentence per block: "Tekst p_open.", "Tekst a.", … */
export function textBlocks(): ReplyBlocks {
  return Object.fromEntries(
    PASSIE_KEYS.map((key) => [key, { type: 'doc', content: [paragraph(`Tekst ${key}.`)] }]),
  ) as ReplyBlocks;
}

/** The editor JSON of `textBlocks()`, with some blocks replaced. */
export function docWith(overrides: Partial<Record<PassieKey, JSONContent[]>> = {}): JSONContent {
  return {
    type: 'doc',
    content: PASSIE_KEYS.map((key) => section(key, ...(overrides[key] ?? [paragraph(`Tekst ${key}.`)]))),
  };
}

/** An empty reply as the editor holds it: seven sections of one empty paragraph. */
export function emptyDoc(): JSONContent {
  return { type: 'doc', content: PASSIE_KEYS.map((key) => section(key)) };
}

/** `getJSON()` as plain JSON content, for digging into it. */
export function jsonOf(editor: Editor): JSONContent {
  return editor.getJSON() as JSONContent;
}

export function keysOf(editor: Editor): unknown[] {
  return (editor.getJSON().content ?? []).map((node) => [node.type, node.attrs?.key]);
}

export const SEVEN_IN_ORDER = PASSIE_KEYS.map((key) => ['passieSection', key]);

/** Each block's text, paragraphs joined by "|". */
export function textsOf(editor: Editor): Record<string, string> {
  const texts: Record<string, string> = {};
  editor.state.doc.forEach((node) => {
    texts[String(node.attrs.key)] = node.textBetween(0, node.content.size, '|');
  });
  return texts;
}

/** Position of the start (or end) of a block's first (or last) text. */
export function blockStart(editor: Editor, key: PassieKey): number {
  let found = -1;
  editor.state.doc.forEach((node, offset) => {
    if (node.attrs.key === key) found = offset + 2;
  });
  return found;
}

export function blockEnd(editor: Editor, key: PassieKey): number {
  let found = -1;
  editor.state.doc.forEach((node, offset) => {
    if (node.attrs.key === key) found = offset + node.nodeSize - 2;
  });
  return found;
}

/** jsdom has no ClipboardEvent; ProseMirror's `pasteHTML` only needs one to exist. */
export function installClipboardEvent(): void {
  if (typeof globalThis.ClipboardEvent === 'undefined') {
    class FakeClipboardEvent extends Event {
      readonly clipboardData = null;
    }
    (globalThis as { ClipboardEvent?: unknown }).ClipboardEvent = FakeClipboardEvent;
  }
}
