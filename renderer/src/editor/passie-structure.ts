import { Fragment, Slice, type Node as ProseMirrorNode, type Schema } from '@tiptap/pm/model';
import { PASSIE_KEYS, type PassieKey } from '../../../shared/domain/passie';
import { isPassieKey, PASSIE_SECTION } from './passie-keys';

/**
 * The shape every reply keeps: exactly seven sections, keyed p_open … p_close in that order. ProseMirror's own
 * content check already refuses a step that would leave fewer or more than seven sections; what can still go wrong
 * is which key sits where (a fitted replace creates key-less sections, a drag moves one, a paste brings its own),
 * and content loaded without a check. `normalizePassieDoc` repairs all of it without losing text.
 */

export function isPassieSection(node: ProseMirrorNode | null | undefined): boolean {
  return node?.type.name === PASSIE_SECTION;
}

/** Exactly seven sections with the seven keys in order. O(7): cheap enough to ask after every transaction. */
export function isWellFormedPassieDoc(doc: ProseMirrorNode): boolean {
  if (doc.childCount !== PASSIE_KEYS.length) return false;
  for (let index = 0; index < PASSIE_KEYS.length; index += 1) {
    const child = doc.child(index);
    if (!isPassieSection(child) || child.attrs.key !== PASSIE_KEYS[index]) return false;
  }
  return true;
}

/** A section (or any block) holding no text and nothing else: one empty paragraph. */
export function isEmptySection(section: ProseMirrorNode): boolean {
  if (section.childCount !== 1) return section.childCount === 0;
  const only = section.child(0);
  return only.type.name === 'paragraph' && only.content.size === 0;
}

/** Where each section starts (its position before the section node), by key, in a well-formed document. */
export function sectionPosition(doc: ProseMirrorNode, key: PassieKey): { node: ProseMirrorNode; pos: number } | null {
  let found: { node: ProseMirrorNode; pos: number } | null = null;
  doc.forEach((child, offset) => {
    if (!found && isPassieSection(child) && child.attrs.key === key) found = { node: child, pos: offset };
  });
  return found;
}

/** The key of the section holding document position `pos`, if any. */
export function sectionKeyAt(doc: ProseMirrorNode, pos: number): PassieKey | null {
  const clamped = Math.max(0, Math.min(pos, doc.content.size));
  const $pos = doc.resolve(clamped);
  const top = $pos.depth >= 1 ? $pos.node(1) : doc.childAfter(clamped).node;
  const key: unknown = top?.attrs.key;
  return isPassieSection(top) && isPassieKey(key) ? key : null;
}

export interface NormalizedPassieDoc {
  doc: ProseMirrorNode;
  /** Maps a position in the old document into the new one, as closely as the repair allows. */
  mapPosition: (pos: number) => number;
}

interface Claim {
  key: PassieKey;
  blocks: ProseMirrorNode[];
  /** Size of `blocks` so far: where the next appended block starts inside the new section's content. */
  size: number;
}

/** Where an old top-level child's content went: into `claim`, starting `offset` into its new content. */
interface Landing {
  from: number;
  to: number;
  /** Old position where the child's moved content starts. */
  contentStart: number;
  claim: Claim | null;
  offset: number;
  /** Nothing of it was kept (an empty extra section): positions in it go to the end of `claim`. */
  dropped: boolean;
}

function blockChildren(node: ProseMirrorNode, schema: Schema): ProseMirrorNode[] {
  const blocks: ProseMirrorNode[] = [];
  if (isPassieSection(node) || node.type === schema.topNodeType) {
    node.forEach((child) => blocks.push(...blockChildren(child, schema)));
  } else if (node.isBlock) {
    blocks.push(node);
  } else if (node.isInline) {
    blocks.push(schema.nodes.paragraph!.create(null, node));
  }
  return blocks;
}

function append(claim: Claim, blocks: ProseMirrorNode[]): number {
  const offset = claim.size;
  for (const block of blocks) {
    claim.blocks.push(block);
    claim.size += block.nodeSize;
  }
  return offset;
}

/** A section with `blocks` as content, dropping whatever its content expression cannot hold. */
function createSection(schema: Schema, key: PassieKey, blocks: ProseMirrorNode[]): ProseMirrorNode {
  const type = schema.nodes[PASSIE_SECTION]!;
  const content = blocks.filter((block) => type.contentMatch.matchType(block.type) !== null);
  const fragment = Fragment.fromArray(content);
  if (content.length > 0 && type.validContent(fragment)) return type.create({ key }, fragment);
  return type.createAndFill({ key }, content.length > 0 ? fragment : undefined) ?? type.createAndFill({ key })!;
}

/**
 * The repaired document, or null when `doc` is already well formed. Each key's first section keeps its place in
 * the circle; the text of a repeated or key-less section joins the section before it (the first section when
 * nothing precedes it); empty extra sections vanish; missing keys come back empty.
 */
export function normalizePassieDoc(doc: ProseMirrorNode, schema: Schema): NormalizedPassieDoc | null {
  if (isWellFormedPassieDoc(doc)) return null;

  const claims = new Map<PassieKey, Claim>();
  const orphans: Claim = { key: PASSIE_KEYS[0], blocks: [], size: 0 };
  const landings: Landing[] = [];
  let previous: Claim | null = null;

  doc.forEach((child, offset) => {
    const key: unknown = child.attrs.key;
    const section = isPassieSection(child);
    const landing = { from: offset, to: offset + child.nodeSize, contentStart: section ? offset + 1 : offset };
    if (section && isPassieKey(key) && !claims.has(key)) {
      const claim: Claim = { key, blocks: [], size: 0 };
      claims.set(key, claim);
      previous = claim;
      landings.push({ ...landing, claim, offset: append(claim, blockChildren(child, schema)), dropped: false });
      return;
    }
    const target: Claim = previous ?? orphans;
    if (section && isEmptySection(child)) {
      landings.push({ ...landing, claim: target, offset: target.size, dropped: true });
      return;
    }
    landings.push({ ...landing, claim: target, offset: append(target, blockChildren(child, schema)), dropped: false });
  });

  // Content before the first keyed section opens the first block.
  if (orphans.blocks.length > 0) {
    const first = claims.get(PASSIE_KEYS[0]);
    if (first) {
      first.blocks.unshift(...orphans.blocks);
      first.size += orphans.size;
      for (const landing of landings) {
        if (landing.claim === first) landing.offset += orphans.size;
        if (landing.claim === orphans) landing.claim = first;
      }
    } else {
      claims.set(PASSIE_KEYS[0], orphans);
    }
  }

  const sections = PASSIE_KEYS.map((key) => createSection(schema, key, claims.get(key)?.blocks ?? []));
  const fixed = schema.topNodeType.create(doc.attrs, sections);

  const newContent = new Map<PassieKey, { start: number; end: number }>();
  fixed.forEach((section, offset) => {
    newContent.set(section.attrs.key as PassieKey, { start: offset + 1, end: offset + section.nodeSize - 1 });
  });

  const mapPosition = (pos: number): number => {
    const landing = landings.find((entry) => pos >= entry.from && pos <= entry.to) ?? landings.at(-1);
    const target = newContent.get(landing?.claim?.key ?? PASSIE_KEYS[0])!;
    if (!landing?.claim) return target.start;
    const inside = landing.dropped ? landing.claim.size : landing.offset + Math.max(0, pos - landing.contentStart);
    return Math.min(target.start + inside, target.end);
  };

  return { doc: fixed, mapPosition };
}

/**
 * Pasted or dropped content never brings sections of its own: a slice holding sections (copied across blocks, or
 * HTML with `<section data-passie-key>`) gives their blocks instead, so they land inside the block at the cursor.
 */
export function flattenSectionsInSlice(slice: Slice): Slice {
  const isWrapper = (node: ProseMirrorNode | null | undefined) => isPassieSection(node) || node?.type.name === 'doc';
  let hasWrapper = false;
  slice.content.forEach((node) => {
    if (isWrapper(node)) hasWrapper = true;
  });
  if (!hasWrapper) return slice;

  const blocks: ProseMirrorNode[] = [];
  slice.content.forEach((node) => {
    if (isWrapper(node)) node.forEach((child) => blocks.push(child));
    else blocks.push(node);
  });
  if (blocks.length === 0) return Slice.empty;
  const openStart = isWrapper(slice.content.firstChild) ? Math.max(0, slice.openStart - 1) : slice.openStart;
  const openEnd = isWrapper(slice.content.lastChild) ? Math.max(0, slice.openEnd - 1) : slice.openEnd;
  return flattenSectionsInSlice(new Slice(Fragment.fromArray(blocks), openStart, openEnd));
}
