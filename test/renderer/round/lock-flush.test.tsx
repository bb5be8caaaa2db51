// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Editor } from '@tiptap/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { StudioProvider } from '../../../renderer/src/app/studio-context';
import { UnlockedShell } from '../../../renderer/src/app/UnlockedShell';
import { createI18n } from '../../../renderer/src/i18n';
import { RoundScreen } from '../../../renderer/src/screens/round/RoundScreen';
import { CURRENT, roundWorld, TRAJECT } from './round-world';

beforeAll(() => {
  if (typeof Range.prototype.getClientRects !== 'function') {
    Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
    Range.prototype.getBoundingClientRect = () => new DOMRect();
  }
});
afterEach(cleanup);

describe('locking while writing', () => {
  it('saves the last words before the vault is locked', async () => {
    const world = roundWorld();
    let releaseSave: () => void = () => {};
    const slowSave = world.fake;
    const onLocked = vi.fn();
    render(
      <I18nextProvider i18n={createI18n('nl')}>
        <StudioProvider studio={world.fake.studio}>
          <UnlockedShell version="0.1.0" onStatus={() => {}} onLocked={onLocked}>
            <RoundScreen trajectId={TRAJECT} roundId={CURRENT} />
          </UnlockedShell>
        </StudioProvider>
      </I18nextProvider>,
    );
    await screen.findByRole('heading', { level: 2, name: /^Ronde 2/ });
    const textbox = screen.getByRole('textbox', { name: 'Reactie volgens het PASSIE-model' });
    const editor = (textbox as unknown as { editor: Editor }).editor;
    // A save that takes its time: the lock must wait for it.
    slowSave.answer('reply.saveDraft', (request) => {
      const { blocks } = request as { blocks: Record<string, unknown> };
      return new Promise((resolve) => {
        releaseSave = () => resolve({ ok: true, value: { updatedAt: new Date().toISOString() } });
        void blocks;
      });
    });

    act(() => {
      editor.commands.insertSnippet('e', 'Nog één zin.');
    });
    fireEvent.click(screen.getByRole('button', { name: /^Vergrendelen/ }));
    await waitFor(() => expect(world.fake.methods()).toContain('reply.saveDraft'));
    expect(world.fake.methods()).not.toContain('vault.lock');
    await act(async () => releaseSave());
    await waitFor(() => expect(onLocked).toHaveBeenCalled());
    const methods = world.fake.methods();
    expect(methods.indexOf('reply.saveDraft')).toBeLessThan(methods.indexOf('vault.lock'));
    const saved = world.fake.calls.find((call) => call.method === 'reply.saveDraft')!.request as {
      blocks: { e: unknown };
    };
    expect(saved.blocks.e).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nog één zin.' }] }],
    });
  });
});
