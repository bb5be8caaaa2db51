import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { NodeView, ViewMutationRecord } from '@tiptap/pm/view';
import { PASSIE_LETTERS, type PassieKey } from '../../../shared/domain/passie';
import { editorText, formatWordCount, type EditorLanguage } from './editor-text';
import { isSectionFilled, sectionWordCount } from './passie-queries';
import { isEmptySection } from './passie-structure';

/** What the section headers and guidance say; the editor component keeps it in step with its props. */
export interface PassieTexts {
  language: EditorLanguage;
  labels: Record<PassieKey, string>;
}

export interface PassieSectionStorage {
  texts: PassieTexts;
  /** The live section views, so a change of labels or language reaches them without touching the document. */
  views: Set<PassieSectionView>;
}

const schedule: (callback: () => void) => number =
  typeof requestAnimationFrame === 'function'
    ? (callback) => requestAnimationFrame(callback)
    : (callback) => setTimeout(callback, 16) as unknown as number;
const unschedule: (handle: number) => void =
  typeof cancelAnimationFrame === 'function'
    ? (handle) => cancelAnimationFrame(handle)
    : (handle) => clearTimeout(handle);

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.className = className;
  return created;
}

/**
 * One PASSIE block on screen: a quiet header (letter, the coach's label, the word count) that is not part of the
 * text, the guidance shown while the block is empty, and the editable content. Plain DOM, no React: the header's
 * word count is recounted at most once per animation frame, and only for the block that changed.
 */
export class PassieSectionView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly label: HTMLElement;
  private readonly count: HTMLElement;
  private readonly guidance: HTMLElement;
  private node: ProseMirrorNode;
  private frame: number | null = null;
  private shownCount = -1;

  constructor(
    node: ProseMirrorNode,
    private readonly storage: PassieSectionStorage,
    onHeaderClick: (key: PassieKey) => void,
  ) {
    this.node = node;
    const key = node.attrs.key as PassieKey;

    this.dom = element('section', 'passie-block');
    this.dom.dataset.passieKey = key;

    const header = element('div', 'passie-block__header');
    header.setAttribute('contenteditable', 'false');
    header.addEventListener('mousedown', (event) => {
      event.preventDefault();
      onHeaderClick(this.key);
    });
    const letter = element('span', 'passie-block__letter');
    letter.textContent = PASSIE_LETTERS[key] ?? '';
    letter.setAttribute('aria-hidden', 'true');
    this.label = element('span', 'passie-block__label');
    this.count = element('span', 'passie-block__count');
    header.append(letter, this.label, this.count);

    const body = element('div', 'passie-block__body');
    this.guidance = element('div', 'passie-block__guidance');
    this.guidance.setAttribute('contenteditable', 'false');
    this.contentDOM = element('div', 'passie-block__content');
    body.append(this.guidance, this.contentDOM);

    this.dom.append(header, body);
    storage.views.add(this);
    this.refreshTexts();
    this.refreshState();
  }

  get key(): PassieKey {
    return this.node.attrs.key as PassieKey;
  }

  /** Labels, guidance and the word count's wording, after a change of labels or language. */
  refreshTexts(): void {
    const { language, labels } = this.storage.texts;
    this.label.textContent = labels[this.key];
    this.guidance.textContent = editorText(language)(`guidance.${this.key}`);
    this.shownCount = -1;
    this.renderCount();
  }

  update(node: ProseMirrorNode): boolean {
    if (node.type !== this.node.type || node.attrs.key !== this.node.attrs.key) return false;
    if (node !== this.node) {
      this.node = node;
      this.refreshState();
    }
    return true;
  }

  /** Header and guidance are not the document: their changes never reach ProseMirror's parser. */
  ignoreMutation(mutation: ViewMutationRecord): boolean {
    if (mutation.type === 'selection') return false;
    return !this.contentDOM.contains(mutation.target);
  }

  destroy(): void {
    this.storage.views.delete(this);
    if (this.frame !== null) unschedule(this.frame);
    this.frame = null;
  }

  private refreshState(): void {
    const empty = isEmptySection(this.node);
    this.dom.classList.toggle('passie-block--empty', empty);
    this.dom.classList.toggle('passie-block--filled', isSectionFilled(this.node));
    if (this.shownCount < 0) {
      this.renderCount();
    } else if (this.frame === null) {
      this.frame = schedule(() => {
        this.frame = null;
        this.renderCount();
      });
    }
  }

  private renderCount(): void {
    const words = sectionWordCount(this.node);
    if (words === this.shownCount) return;
    this.shownCount = words;
    this.count.textContent = formatWordCount(this.storage.texts.language, words);
  }
}
