// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DEFAULT_PASSIE_LABELS, PASSIE_KEYS } from '../../../shared/domain/passie';
import { blockFilled, blockWordCount, filledBlocks } from '../../../renderer/src/editor/passie-queries';
import { sectionKeyAt } from '../../../renderer/src/editor/passie-structure';
import {
  blockEnd,
  blockStart,
  createEditor,
  docWith,
  emptyDoc,
  jsonOf,
  paragraph,
  section,
  textsOf,
} from './editor-fixtures';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

describe('focusBlock', () => {
  it('puts the cursor at the end of the block’s text and focuses the editor', async () => {
    const editor = createEditor(
      docWith({
        s2: [
          paragraph('Eerste'),
          { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('laatste')] }] },
        ],
      }),
    );
    const host = editor.view.dom.parentElement!;
    document.body.append(host);
    expect(editor.commands.focusBlock('s2')).toBe(true);
    const { $from } = editor.state.selection;
    expect(sectionKeyAt(editor.state.doc, $from.pos)).toBe('s2');
    expect($from.parent.textContent).toBe('laatste');
    expect($from.parentOffset).toBe('laatste'.length);
    await nextFrame();
    expect(editor.isFocused || document.activeElement === editor.view.dom).toBe(true);

    expect(editor.commands.focusBlock('p_close')).toBe(true);
    expect(editor.state.selection.from).toBe(blockEnd(editor, 'p_close'));
    host.remove();
  });

  it('works in an empty block', () => {
    const editor = createEditor(emptyDoc());
    editor.commands.focusBlock('i');
    expect(editor.state.selection.from).toBe(blockStart(editor, 'i'));
  });
});

describe('insertQuote', () => {
  it('appends a blockquote, one paragraph per line, with an empty paragraph after it for the reply', () => {
    const editor = createEditor();
    expect(editor.commands.insertQuote('a', 'Ik voel me vaak moe.\n\nEn toch ga ik door.')).toBe(true);
    expect(editor.getJSON()).toEqual(
      docWith({
        a: [
          paragraph('Tekst a.'),
          { type: 'blockquote', content: [paragraph('Ik voel me vaak moe.'), paragraph('En toch ga ik door.')] },
          paragraph(),
        ],
      }),
    );
    expect(sectionKeyAt(editor.state.doc, editor.state.selection.from)).toBe('a');
    expect(editor.state.selection.$from.parent.content.size).toBe(0);
  });

  it('in an empty block, quotes before the empty paragraph instead of adding another', () => {
    const editor = createEditor(emptyDoc());
    editor.commands.insertQuote('s1', 'Kern');
    editor.commands.insertQuote('s1', 'Nog een');
    expect(jsonOf(editor).content?.[2]).toEqual(
      section(
        's1',
        { type: 'blockquote', content: [paragraph('Kern')] },
        { type: 'blockquote', content: [paragraph('Nog een')] },
        paragraph(),
      ),
    );
    expect(textsOf(editor).p_open).toBe('');
  });

  it('refuses empty text', () => {
    const editor = createEditor();
    expect(editor.commands.insertQuote('a', '  \n ')).toBe(false);
    expect(editor.getJSON()).toEqual(docWith());
  });
});

describe('insertSnippet', () => {
  it('inserts at the cursor when the cursor is in that block', () => {
    const editor = createEditor();
    editor.commands.setTextSelection(blockStart(editor, 'e') + 5);
    editor.commands.insertSnippet('e', ' (klein)');
    expect(textsOf(editor).e).toBe('Tekst (klein) e.');
    editor.commands.insertSnippet('current', '!');
    expect(textsOf(editor).e).toBe('Tekst (klein)! e.');
  });

  it('appends to another block, filling its empty last paragraph', () => {
    const editor = createEditor(docWith({ i: [paragraph('Vraag?'), paragraph()] }));
    editor.commands.setTextSelection(blockStart(editor, 'p_open'));
    editor.commands.insertSnippet('i', 'Wat zou je helpen?');
    editor.commands.insertSnippet('p_close', 'Ik heb vertrouwen in je.');
    expect(editor.getJSON()).toEqual(
      docWith({
        i: [paragraph('Vraag?'), paragraph('Wat zou je helpen?')],
        p_close: [paragraph('Tekst p_close.'), paragraph('Ik heb vertrouwen in je.')],
      }),
    );
    expect(sectionKeyAt(editor.state.doc, editor.state.selection.from)).toBe('p_close');
  });

  it('turns several lines into paragraphs', () => {
    const editor = createEditor(emptyDoc());
    editor.commands.setTextSelection(blockStart(editor, 'a'));
    editor.commands.insertSnippet('current', 'Regel een\nRegel twee\n');
    expect(jsonOf(editor).content?.[1]).toEqual(section('a', paragraph('Regel een'), paragraph('Regel twee')));
  });

  it('with "current" and a selection spanning blocks, replaces the selection block by block', () => {
    const editor = createEditor();
    editor.commands.setTextSelection({ from: blockStart(editor, 'a') + 5, to: blockStart(editor, 's1') + 5 });
    editor.commands.insertSnippet('current', '…');
    expect(textsOf(editor).a).toBe('Tekst…');
    expect(textsOf(editor).s1).toBe(' s1.');
  });
});

describe('block queries', () => {
  it('blockFilled is true only for blocks with non-whitespace text', () => {
    const editor = createEditor(
      docWith({
        p_open: [paragraph()],
        a: [paragraph('   ')],
        s1: [{ type: 'blockquote', content: [paragraph('x')] }],
      }),
    );
    expect(blockFilled(editor.state.doc, 'p_open')).toBe(false);
    expect(blockFilled(editor.state.doc, 'a')).toBe(false);
    expect(blockFilled(editor.state.doc, 's1')).toBe(true);
    expect(filledBlocks(editor.state.doc)).toEqual({
      p_open: false,
      a: false,
      s1: true,
      s2: true,
      i: true,
      e: true,
      p_close: true,
    });
    editor.commands.insertSnippet('p_open', 'Mooi gedaan.');
    expect(blockFilled(editor.state.doc, 'p_open')).toBe(true);
  });

  it('counts words per block', () => {
    const editor = createEditor(docWith({ s2: [paragraph('Eén twee'), paragraph('half-time drie')] }));
    expect(blockWordCount(editor.state.doc, 's2')).toBe(4);
    expect(blockWordCount(editor.state.doc, 'a')).toBe(2);
  });
});

describe('the block headers', () => {
  it('show letter, label and word count, and the guidance of empty blocks', async () => {
    const editor = createEditor(docWith({ a: [paragraph()] }));
    const headers = [...editor.view.dom.querySelectorAll('section[data-passie-key]')].map((node) => ({
      key: node.getAttribute('data-passie-key'),
      letter: node.querySelector('.passie-block__letter')?.textContent,
      label: node.querySelector('.passie-block__label')?.textContent,
      count: node.querySelector('.passie-block__count')?.textContent,
      empty: node.classList.contains('passie-block--empty'),
    }));
    expect(headers).toEqual(
      PASSIE_KEYS.map((key) => ({
        key,
        letter: { p_open: 'P', a: 'A', s1: 'S', s2: 'S', i: 'I', e: 'E', p_close: 'P' }[key],
        label: DEFAULT_PASSIE_LABELS.nl[key],
        count: key === 'a' ? '0 woorden' : '2 woorden',
        empty: key === 'a',
      })),
    );
    const a = editor.view.dom.querySelector('[data-passie-key="a"]')!;
    expect(a.querySelector('.passie-block__guidance')?.textContent).toMatch(/gevoel en de behoefte/);
    expect(a.querySelector('.passie-block__header')?.getAttribute('contenteditable')).toBe('false');

    editor.commands.insertSnippet('a', 'Een woord erbij');
    expect(a.classList.contains('passie-block--empty')).toBe(false);
    await nextFrame();
    expect(a.querySelector('.passie-block__count')?.textContent).toBe('3 woorden');
  });

  it('follow new labels and language without touching the document', () => {
    const editor = createEditor();
    const before = editor.state.doc;
    editor.commands.setPassieTexts({ language: 'en', labels: { ...DEFAULT_PASSIE_LABELS.en, e: 'Tiny step' } });
    expect(editor.state.doc).toBe(before);
    const e = editor.view.dom.querySelector('[data-passie-key="e"]')!;
    expect(e.querySelector('.passie-block__label')?.textContent).toBe('Tiny step');
    expect(e.querySelector('.passie-block__count')?.textContent).toBe('2 words');
    expect(e.querySelector('.passie-block__guidance')?.textContent).toBe(
      'Suggest one small, concrete step or assignment.',
    );
    expect(editor.can().undo()).toBe(false);
  });

  it('never reach the stored HTML or JSON', () => {
    const editor = createEditor();
    expect(editor.getHTML()).not.toMatch(/woorden|Positief benoemen|passie-block/);
    expect(editor.getHTML()).toMatch(/^<section data-passie-key="p_open"><p>Tekst p_open\.<\/p><\/section>/);
  });
});

describe('the link rules', () => {
  it('allow http, https and mailto links only', () => {
    const editor = createEditor();
    editor.commands.setTextSelection({ from: blockStart(editor, 'a'), to: blockStart(editor, 'a') + 5 });
    expect(editor.commands.setLink({ href: 'javascript:alert(1)' })).toBe(false);
    expect(editor.commands.setLink({ href: 'file:///etc/passwd' })).toBe(false);
    expect(editor.commands.setLink({ href: 'mailto:coach@example.nl' })).toBe(true);
    expect(jsonOf(editor).content?.[1]?.content?.[0]?.content?.[0]?.marks).toEqual([
      {
        type: 'link',
        attrs: {
          href: 'mailto:coach@example.nl',
          target: null,
          rel: 'noopener noreferrer nofollow',
          class: null,
          title: null,
        },
      },
    ]);
  });

  it('turn a typed web address into a link, but never a javascript: one', () => {
    const editor = createEditor(emptyDoc());
    editor.commands.setTextSelection(blockStart(editor, 'e'));
    editor.commands.insertContent('zie www.example.nl ');
    editor.commands.insertContent('javascript:alert(1) ');
    const marks = (jsonOf(editor).content?.[5]?.content?.[0]?.content ?? []).flatMap((node) =>
      (node.marks ?? []).map((mark) => [node.text, mark.attrs?.href]),
    );
    expect(marks).toEqual([['www.example.nl', 'https://www.example.nl']]);
  });

  it('drop unsafe links from pasted HTML', () => {
    const editor = createEditor(emptyDoc());
    editor.commands.setTextSelection(blockStart(editor, 'e'));
    editor.commands.insertContent('<p><a href="javascript:alert(1)">klik</a> <a href="https://ok.nl">ok</a></p>');
    const nodes = jsonOf(editor).content?.[5]?.content?.[0]?.content ?? [];
    expect(nodes.map((node) => [node.text, node.marks?.[0]?.attrs?.href ?? null])).toEqual([
      ['klik ', null],
      ['ok', 'https://ok.nl'],
    ]);
  });
});

describe('the keyboard shortcuts the toolbar announces', () => {
  it('format, make lists and quotes, undo and redo', () => {
    const editor = createEditor(docWith({ a: [paragraph('een twee')] }));
    const select = () =>
      editor.commands.setTextSelection({ from: blockStart(editor, 'a'), to: blockStart(editor, 'a') + 3 });
    const a = () => jsonOf(editor).content?.[1]?.content;

    select();
    editor.commands.keyboardShortcut('Mod-b');
    editor.commands.keyboardShortcut('Mod-i');
    editor.commands.keyboardShortcut('Mod-u');
    expect(a()).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'een', marks: [{ type: 'bold' }, { type: 'italic' }, { type: 'underline' }] },
          { type: 'text', text: ' twee' },
        ],
      },
    ]);

    editor.commands.keyboardShortcut('Mod-Shift-8');
    expect(a()?.[0]?.type).toBe('bulletList');
    editor.commands.keyboardShortcut('Mod-Shift-7');
    expect(a()?.[0]?.type).toBe('orderedList');
    editor.commands.keyboardShortcut('Mod-Shift-7');
    expect(a()?.[0]?.type).toBe('paragraph');
    editor.commands.keyboardShortcut('Mod-Shift-b');
    expect(a()?.[0]?.type).toBe('blockquote');

    editor.commands.keyboardShortcut('Mod-z');
    expect(a()?.[0]?.type).toBe('paragraph');
    editor.commands.keyboardShortcut('Mod-Shift-z');
    expect(a()?.[0]?.type).toBe('blockquote');
    expect(textsOf(editor).a).toBe('een twee');
  });
});
