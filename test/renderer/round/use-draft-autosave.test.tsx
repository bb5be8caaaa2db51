// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../shared/api/errors';
import { emptyReplyBlocks, type ReplyBlocks } from '../../../shared/domain/passie';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { AUTOSAVE_DELAY_MS, useDraftAutosave } from '../../../renderer/src/screens/round/use-draft-autosave';

afterEach(() => vi.useRealTimers());

function withText(text: string): ReplyBlocks {
  return { ...emptyReplyBlocks(), a: richTextFromPlain(text) };
}

type Save = (blocks: ReplyBlocks) => Promise<ApiResult<{ updatedAt: string }>>;

/** A save whose answers the test gives by hand, to put saves in flight at the same time. */
function manualSave() {
  const pending: { text: string; resolve: (result: ApiResult<{ updatedAt: string }>) => void }[] = [];
  const save: Save = (blocks) =>
    new Promise((resolve) =>
      pending.push({ text: (blocks.a.content[0]?.content?.[0]?.text ?? '') as string, resolve }),
    );
  const ok = (at: string): ApiResult<{ updatedAt: string }> => ({ ok: true, value: { updatedAt: at } });
  return { save, pending, ok };
}

describe('useDraftAutosave', () => {
  it('saves after the pause, once, with the latest text', async () => {
    vi.useFakeTimers();
    const save = vi.fn<Save>(async () => ({ ok: true, value: { updatedAt: '2025-02-01T14:32:00.000Z' } }));
    const { result } = renderHook(() => useDraftAutosave(save, undefined));
    expect(result.current.status).toEqual({ kind: 'idle' });
    act(() => result.current.change(withText('een')));
    void act(() => vi.advanceTimersByTime(AUTOSAVE_DELAY_MS / 2));
    act(() => result.current.change(withText('een twee')));
    void act(() => vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1));
    expect(save).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTime(1));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0]).toEqual(withText('een twee'));
    expect(result.current.status).toEqual({ kind: 'saved', at: '2025-02-01T14:32:00.000Z' });
  });

  it('saves one at a time and in order, so an older text never lands after a newer one', async () => {
    const { save, pending, ok } = manualSave();
    const { result } = renderHook(() => useDraftAutosave(save, undefined));
    act(() => result.current.change(withText('eerste')));
    let first!: Promise<boolean>;
    act(() => {
      first = result.current.flush();
    });
    expect(result.current.status).toEqual({ kind: 'saving' });
    act(() => result.current.change(withText('tweede')));
    let second!: Promise<boolean>;
    act(() => {
      second = result.current.flush();
    });
    expect(pending.map((call) => call.text)).toEqual(['eerste']);
    await act(async () => pending[0]!.resolve(ok('2025-02-01T14:32:00.000Z')));
    expect(pending.map((call) => call.text)).toEqual(['eerste', 'tweede']);
    await act(async () => pending[1]!.resolve(ok('2025-02-01T14:33:00.000Z')));
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(result.current.status).toEqual({ kind: 'saved', at: '2025-02-01T14:33:00.000Z' });
  });

  it('keeps a failed text to save again, and reports the failure', async () => {
    const { save, pending, ok } = manualSave();
    const { result } = renderHook(() => useDraftAutosave(save, '2025-02-01T14:00:00.000Z'));
    expect(result.current.status).toEqual({ kind: 'saved', at: '2025-02-01T14:00:00.000Z' });
    act(() => result.current.change(withText('blijft')));
    let flushed!: Promise<boolean>;
    act(() => {
      flushed = result.current.flush();
    });
    await act(async () => pending[0]!.resolve({ ok: false, error: { code: 'vault_locked', message: '' } }));
    expect(await flushed).toBe(false);
    expect(result.current.status).toEqual({ kind: 'failed', code: 'vault_locked' });
    act(() => {
      flushed = result.current.flush();
    });
    expect(pending[1]!.text).toBe('blijft');
    await act(async () => pending[1]!.resolve(ok('2025-02-01T14:40:00.000Z')));
    expect(await flushed).toBe(true);
  });

  it('has nothing to do when nothing changed, and saves what is left when the screen closes', async () => {
    const save = vi.fn<Save>(async () => ({ ok: true, value: { updatedAt: '2025-02-01T14:32:00.000Z' } }));
    const { result, unmount } = renderHook(() => useDraftAutosave(save, undefined));
    expect(await result.current.flush()).toBe(true);
    expect(save).not.toHaveBeenCalled();
    act(() => result.current.change(withText('laatste woorden')));
    unmount();
    expect(save).toHaveBeenCalledWith(withText('laatste woorden'));
  });
});
