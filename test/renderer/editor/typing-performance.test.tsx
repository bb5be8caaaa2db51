// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { Profiler, createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PASSIE_LABELS, emptyReplyBlocks, type ReplyBlocks } from '../../../shared/domain/passie';
import { PassieEditor, type PassieEditorHandle } from '../../../renderer/src/editor/PassieEditor';
import { paragraph } from './editor-fixtures';

afterEach(cleanup);

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** 5,000 words: 250 paragraphs of 20, all in one block, the hardest case for per-block work. */
function longReply(): ReplyBlocks {
  const sentence = Array.from({ length: 20 }, (_, index) => `woord${index}`).join(' ');
  const value = emptyReplyBlocks();
  value.s1 = { type: 'doc', content: Array.from({ length: 250 }, () => paragraph(sentence)) };
  value.p_open = { type: 'doc', content: [paragraph('Mooi')] };
  return value;
}

describe('typing in a 5,000-word reply', () => {
  it('re-renders no React component and reports each change within a frame', async () => {
    const handle = createRef<PassieEditorHandle>();
    const reports: ReplyBlocks[] = [];
    let commits = 0;
    render(
      <Profiler id="editor" onRender={() => (commits += 1)}>
        <PassieEditor
          value={longReply()}
          labels={DEFAULT_PASSIE_LABELS.nl}
          language="nl"
          onChange={(blocks) => reports.push(blocks)}
          editorRef={handle}
        />
      </Profiler>,
    );
    const editor = handle.current!.editor!;
    const count = () => editor.view.dom.querySelector('[data-passie-key="s1"] .passie-block__count')?.textContent;
    expect(count()).toBe('5.000 woorden');

    act(() => {
      editor.commands.focusBlock('s1');
      editor.view.dispatch(editor.state.tr.insertText(' '));
    });
    commits = 0;

    const keystrokes = 60;
    const started = performance.now();
    for (let index = 0; index < keystrokes; index += 1) {
      editor.view.dispatch(editor.state.tr.insertText(index % 6 === 5 ? ' ' : 'x'));
    }
    const perKeystroke = (performance.now() - started) / keystrokes;

    expect(commits).toBe(0);
    expect(reports).toHaveLength(keystrokes + 1);
    expect(reports.at(-1)!.p_open).toBe(reports[0]!.p_open);
    expect(perKeystroke).toBeLessThan(16);

    await act(nextFrame);
    expect(count()).toBe('5.010 woorden');
  });
});
