// @vitest-environment jsdom
import { joinBackward, joinForward } from '@tiptap/pm/commands';
import { Fragment, Slice } from '@tiptap/pm/model';
import { AllSelection, TextSelection } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import { PASSIE_KEYS } from '../../../shared/domain/passie';
import { flattenSectionsInSlice } from '../../../renderer/src/editor/passie-structure';
import {
  blockEnd,
  blockStart,
  createEditor,
  docWith,
  emptyDoc,
  installClipboardEvent,
  keysOf,
  paragraph,
  section,
  SEVEN_IN_ORDER,
  textsOf,
} from './editor-fixtures';

const ORIGINAL_TEXTS = Object.fromEntries(PASSIE_KEYS.map((key) => [key, `Tekst ${key}.`]));

describe('the PASSIE document keeps seven blocks in order', () => {
  it('starts with seven keyed sections, also from no content at all', () => {
    expect(createEditor().getJSON()).toEqual(docWith());
    expect(createEditor('').getJSON()).toEqual(emptyDoc());
    expect(createEditor({ type: 'doc', content: [] }).getJSON()).toEqual(emptyDoc());
  });

  it('select all + delete leaves seven empty blocks; undo brings the text back, redo empties again', () => {
    const editor = createEditor();
    editor.commands.selectAll();
    expect(editor.state.selection).toBeInstanceOf(AllSelection);
    editor.commands.deleteSelection();
    expect(editor.getJSON()).toEqual(emptyDoc());

    editor.commands.undo();
    expect(editor.getJSON()).toEqual(docWith());
    editor.commands.redo();
    expect(editor.getJSON()).toEqual(emptyDoc());
    editor.commands.undo();
    expect(textsOf(editor)).toEqual(ORIGINAL_TEXTS);
  });

  it('select all + Backspace (the real key path) leaves seven empty blocks', () => {
    const editor = createEditor();
    editor.commands.selectAll();
    editor.commands.keyboardShortcut('Backspace');
    expect(editor.getJSON()).toEqual(emptyDoc());
  });

  it('select all + typing puts the text in the first block and empties the rest', () => {
    const editor = createEditor();
    editor.commands.selectAll();
    editor.commands.insertContent('N');
    // The cursor stays after what was typed, so typing goes on in order.
    editor.commands.insertContent('ieuw begin');
    expect(editor.getJSON()).toEqual({
      type: 'doc',
      content: PASSIE_KEYS.map((key) => section(key, paragraph(key === 'p_open' ? 'Nieuw begin' : undefined))),
    });
    expect(editor.state.selection.$from.node(1).attrs.key).toBe('p_open');
  });

  it('select all + a dispatched transaction (replaceSelectionWith, deleteSelection) is repaired too', () => {
    const editor = createEditor();
    const { state, view } = editor;
    view.dispatch(state.tr.setSelection(new AllSelection(state.doc)).replaceSelectionWith(state.schema.text('x')));
    expect(keysOf(editor)).toEqual(SEVEN_IN_ORDER);
    expect(textsOf(editor).p_open).toBe('x');

    view.dispatch(editor.state.tr.setSelection(new AllSelection(editor.state.doc)).deleteSelection());
    expect(editor.getJSON()).toEqual(emptyDoc());
  });

  it('Backspace at the start of a block and Delete at its end join nothing', () => {
    const editor = createEditor();
    for (const key of PASSIE_KEYS.slice(1)) {
      editor.commands.setTextSelection(blockStart(editor, key));
      editor.commands.keyboardShortcut('Backspace');
      expect(editor.commands.joinBackward()).toBe(false);
      expect(joinBackward(editor.state, editor.view.dispatch)).toBe(false);
    }
    for (const key of PASSIE_KEYS.slice(0, -1)) {
      editor.commands.setTextSelection(blockEnd(editor, key));
      editor.commands.keyboardShortcut('Delete');
      expect(editor.commands.joinForward()).toBe(false);
      expect(joinForward(editor.state, editor.view.dispatch)).toBe(false);
    }
    expect(editor.getJSON()).toEqual(docWith());
  });

  it('Backspace and Delete in an empty block keep its one empty paragraph', () => {
    const editor = createEditor(emptyDoc());
    for (const key of PASSIE_KEYS) {
      editor.commands.setTextSelection(blockStart(editor, key));
      editor.commands.keyboardShortcut('Backspace');
      editor.commands.keyboardShortcut('Delete');
      editor.commands.keyboardShortcut('Backspace');
    }
    expect(editor.getJSON()).toEqual(emptyDoc());
  });

  it('a block emptied by deleting its text stays, with an empty paragraph', () => {
    const editor = createEditor(docWith({ s2: [paragraph('Eén'), paragraph('Twee')] }));
    editor.commands.setTextSelection({ from: blockStart(editor, 's2'), to: blockEnd(editor, 's2') });
    editor.commands.keyboardShortcut('Backspace');
    expect(editor.getJSON()).toEqual(docWith({ s2: [paragraph()] }));
  });

  it('a raw join of two sections is refused by ProseMirror itself and changes nothing', () => {
    const editor = createEditor();
    const boundary = editor.state.doc.child(0).nodeSize;
    expect(() => editor.view.dispatch(editor.state.tr.join(boundary))).toThrow();
    expect(editor.getJSON()).toEqual(docWith());
  });

  it('setContent with three sections fills in the missing four, empty, in order', () => {
    const editor = createEditor();
    editor.commands.setContent({
      type: 'doc',
      content: [
        section('i', paragraph('Inzicht')),
        section('p_open', paragraph('Mooi')),
        section('e', paragraph('Stap')),
      ],
    });
    expect(editor.getJSON()).toEqual({
      type: 'doc',
      content: [
        section('p_open', paragraph('Mooi')),
        section('a'),
        section('s1'),
        section('s2'),
        section('i', paragraph('Inzicht')),
        section('e', paragraph('Stap')),
        section('p_close'),
      ],
    });
  });

  it('setContent with nine sections keeps the extra text, joined to the block before it', () => {
    const editor = createEditor();
    const nine = docWith();
    nine.content!.splice(2, 0, section('a', paragraph('Tweede a')));
    nine.content!.push(section('e', paragraph('Tweede e')));
    editor.commands.setContent(nine);
    expect(editor.getJSON()).toEqual(
      docWith({
        a: [paragraph('Tekst a.'), paragraph('Tweede a')],
        p_close: [paragraph('Tekst p_close.'), paragraph('Tweede e')],
      }),
    );
  });

  it('setContent in the wrong order, with unknown or missing keys, is put right', () => {
    const editor = createEditor();
    const reversed = docWith();
    reversed.content!.reverse();
    editor.commands.setContent(reversed);
    expect(editor.getJSON()).toEqual(docWith());

    editor.commands.setContent({
      type: 'doc',
      content: [
        { type: 'passieSection', content: [paragraph('Zonder sleutel')] },
        section('x', paragraph('Onbekend')),
        section('s1', paragraph('Kern')),
      ],
    });
    expect(editor.getJSON()).toEqual({
      type: 'doc',
      content: [
        section('p_open', paragraph('Zonder sleutel'), paragraph('Onbekend')),
        section('a'),
        section('s1', paragraph('Kern')),
        section('s2'),
        section('i'),
        section('e'),
        section('p_close'),
      ],
    });
  });

  it('initial content in the wrong shape is repaired before the first render', () => {
    const editor = createEditor({
      type: 'doc',
      content: [section('p_close', paragraph('Tot slot')), paragraph('Los'), section('p_open', paragraph('Begin'))],
    });
    expect(editor.getJSON()).toEqual({
      type: 'doc',
      content: [
        section('p_open', paragraph('Begin')),
        section('a'),
        section('s1'),
        section('s2'),
        section('i'),
        section('e'),
        section('p_close', paragraph('Tot slot'), paragraph('Los')),
      ],
    });
  });

  it('insertContent of a whole document puts its text into the block at the cursor', () => {
    const editor = createEditor();
    editor.commands.setTextSelection(blockEnd(editor, 's1'));
    editor.commands.insertContent(docWith({ a: [paragraph('Ingevoegd')] }));
    expect(keysOf(editor)).toEqual(SEVEN_IN_ORDER);
    const texts = textsOf(editor);
    expect(texts.s1).toBe(
      ['Tekst s1.', ...PASSIE_KEYS.map((key) => (key === 'a' ? 'Ingevoegd' : `Tekst ${key}.`))].join('|'),
    );
    expect({ ...texts, s1: ORIGINAL_TEXTS.s1 }).toEqual(ORIGINAL_TEXTS);
  });

  it('insertContent of HTML holding <section data-passie-key> inserts the paragraphs, not the sections', () => {
    const editor = createEditor();
    editor.commands.setTextSelection(blockEnd(editor, 'i'));
    editor.commands.insertContent(
      '<section data-passie-key="p_open"><p>Eerste</p></section><section data-passie-key="e"><p>Tweede</p></section>',
    );
    expect(editor.getJSON()).toEqual(docWith({ i: [paragraph('Tekst i.'), paragraph('Eerste'), paragraph('Tweede')] }));
  });

  it('pasting HTML with sections lands in the block at the cursor', () => {
    installClipboardEvent();
    const editor = createEditor();
    editor.commands.setTextSelection(blockEnd(editor, 'a'));
    editor.view.pasteHTML(
      '<section data-passie-key="p_close"><p>Geplakt</p></section><section data-passie-key="s1"><p>Ook</p></section>',
    );
    expect(editor.getJSON()).toEqual(docWith({ a: [paragraph('Tekst a.'), paragraph('Geplakt'), paragraph('Ook')] }));
  });

  it('pasting a copied stretch of two blocks brings their text, not their sections', () => {
    installClipboardEvent();
    const editor = createEditor();
    const copied = editor.state.doc.slice(blockStart(editor, 's1'), blockEnd(editor, 's2'));
    expect(copied.content.firstChild?.type.name).toBe('passieSection');
    editor.commands.setTextSelection(blockEnd(editor, 'e'));
    editor.view.dispatch(editor.state.tr.replaceSelection(flattenSectionsInSlice(copied)));
    expect(keysOf(editor)).toEqual(SEVEN_IN_ORDER);
    expect(textsOf(editor).e).toBe('Tekst e.Tekst s1.|Tekst s2.');
  });

  it('dragging a section elsewhere (a ReplaceStep that reorders them) is undone by the key order', () => {
    const editor = createEditor();
    const { doc } = editor.state;
    const sections: ReturnType<typeof doc.child>[] = [];
    doc.forEach((node) => sections.push(node));
    const moved = [sections[6]!, ...sections.slice(0, 6)];
    const tr = editor.state.tr.step(new ReplaceStep(0, doc.content.size, new Slice(Fragment.fromArray(moved), 0, 0)));
    editor.view.dispatch(tr);
    expect(editor.getJSON()).toEqual(docWith());
  });

  it('dropping a whole section inside another block keeps seven blocks and the text', () => {
    const editor = createEditor();
    const { doc } = editor.state;
    const first = doc.child(0);
    const dragged = new Slice(Fragment.from(first), 0, 0);
    let slice = dragged;
    editor.view.someProp('transformPasted', (transform) => {
      slice = transform(slice, editor.view, false);
    });
    const tr = editor.state.tr.replaceRange(blockEnd(editor, 's2'), blockEnd(editor, 's2'), slice);
    editor.view.dispatch(tr);
    expect(keysOf(editor)).toEqual(SEVEN_IN_ORDER);
    expect(textsOf(editor).s2).toBe('Tekst s2.|Tekst p_open.');
  });

  it('a section whose key was changed to another block’s is merged back, nothing lost', () => {
    const editor = createEditor();
    const pos = blockStart(editor, 's2') - 2;
    editor.view.dispatch(editor.state.tr.setNodeMarkup(pos, undefined, { key: 's1' }));
    expect(keysOf(editor)).toEqual(SEVEN_IN_ORDER);
    expect(textsOf(editor)).toEqual({ ...ORIGINAL_TEXTS, s1: 'Tekst s1.|Tekst s2.', s2: '' });
  });
});

describe('a selection spanning blocks', () => {
  it('is deleted block by block: the blocks stay apart, a block covered whole is emptied', () => {
    const editor = createEditor();
    editor.commands.setTextSelection({ from: blockStart(editor, 'a') + 3, to: blockStart(editor, 's2') + 3 });
    editor.commands.keyboardShortcut('Backspace');
    expect(textsOf(editor)).toEqual({ ...ORIGINAL_TEXTS, a: 'Tek', s1: '', s2: 'st s2.' });
    expect(editor.state.selection.from).toBe(blockStart(editor, 'a') + 3);
    editor.commands.undo();
    expect(editor.getJSON()).toEqual(docWith());
  });

  it('typing over it replaces the selected text without joining the blocks', () => {
    const editor = createEditor();
    const from = blockStart(editor, 'p_open') + 5;
    const to = blockStart(editor, 'a') + 5;
    editor.commands.setTextSelection({ from, to });
    const handled = editor.view.someProp('handleTextInput', (handler) =>
      handler(editor.view, from, to, 'X', () => editor.state.tr.insertText('X', from, to)),
    );
    expect(handled).toBe(true);
    expect(textsOf(editor)).toEqual({ ...ORIGINAL_TEXTS, p_open: 'TekstX', a: ' a.' });
  });

  it('a transaction that would still join two blocks is refused', () => {
    const editor = createEditor();
    const from = blockStart(editor, 'p_open') + 2;
    const to = blockStart(editor, 'a') + 2;
    editor.view.dispatch(
      editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, to)).deleteSelection(),
    );
    expect(editor.getJSON()).toEqual(docWith());
  });

  it('insertContent over it fills the first block and trims the other', () => {
    const editor = createEditor();
    editor.commands.setTextSelection({ from: blockStart(editor, 'i') + 5, to: blockStart(editor, 'e') + 5 });
    editor.commands.insertContent('!');
    expect(textsOf(editor)).toEqual({ ...ORIGINAL_TEXTS, i: 'Tekst!', e: ' e.' });
  });
});

describe('keys at the edge of a block', () => {
  it('Backspace at a block’s start and Delete at its end are swallowed, not left to the browser', () => {
    const editor = createEditor(
      docWith({ a: [{ type: 'blockquote', content: [paragraph('Citaat')] }, paragraph('Daarna')] }),
    );
    // Inside a quote at the block's start, Backspace first lifts the quote out (the editor's own handling) …
    editor.commands.setTextSelection(blockStart(editor, 'a') + 1);
    expect(editor.commands.keyboardShortcut('Backspace')).toBe(true);
    expect(editor.getJSON()).toEqual(docWith({ a: [paragraph('Citaat'), paragraph('Daarna')] }));
    // … then, at the very start, it is handled (swallowed) without changing anything.
    expect(editor.commands.keyboardShortcut('Backspace')).toBe(true);
    expect(editor.getJSON()).toEqual(docWith({ a: [paragraph('Citaat'), paragraph('Daarna')] }));

    editor.commands.setTextSelection(blockEnd(editor, 'a'));
    expect(editor.commands.keyboardShortcut('Delete')).toBe(true);
    expect(editor.getJSON()).toEqual(docWith({ a: [paragraph('Citaat'), paragraph('Daarna')] }));
  });

  it('in the middle of a block they still join paragraphs', () => {
    const editor = createEditor(docWith({ e: [paragraph('Een'), paragraph('Twee')] }));
    editor.commands.setTextSelection(blockStart(editor, 'e') + 'Een'.length + 2);
    editor.commands.keyboardShortcut('Backspace');
    expect(textsOf(editor).e).toBe('EenTwee');
  });
});

describe('pasted HTML', () => {
  it('loses inline styles before ProseMirror reads it', async () => {
    const { withoutInlineStyles } = await import('../../../renderer/src/editor/passie-content-guard');
    expect(withoutInlineStyles('<p style="color: red">Rood <span style=\'font-weight:700\'>vet</span></p>')).toBe(
      '<p>Rood <span>vet</span></p>',
    );
    expect(withoutInlineStyles('<p>geen stijl, wel style= in tekst</p>')).toBe(
      '<p>geen stijl, wel style= in tekst</p>',
    );
  });
});
