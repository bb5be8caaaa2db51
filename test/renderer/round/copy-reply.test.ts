// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyReply } from '../../../renderer/src/screens/round/copy-reply';

class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

describe('copying the reply', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const email = { html: '<p>x</p>', text: 'x' };

  it('writes HTML and plain text together', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const write = vi.fn(async () => undefined);
    const writeText = vi.fn(async () => undefined);
    expect(await copyReply(email, { write, writeText } as unknown as Clipboard)).toBe('rich');
    const [[items]] = write.mock.calls as unknown as [[FakeClipboardItem[]]];
    expect(Object.keys(items[0]!.items)).toEqual(['text/html', 'text/plain']);
    expect(await items[0]!.items['text/html']!.text()).toBe('<p>x</p>');
    expect(writeText).not.toHaveBeenCalled();
  });

  it('falls back to plain text where the rich clipboard is refused or missing', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    const writeText = vi.fn(async () => undefined);
    const refusing = { write: async () => Promise.reject(new Error('denied')), writeText } as unknown as Clipboard;
    expect(await copyReply(email, refusing)).toBe('plain');
    expect(writeText).toHaveBeenCalledWith('x');
    vi.unstubAllGlobals();
    expect(await copyReply(email, { writeText } as unknown as Clipboard)).toBe('plain');
  });

  it('says so when nothing could be copied', async () => {
    const refusing = { writeText: async () => Promise.reject(new Error('denied')) } as unknown as Clipboard;
    expect(await copyReply(email, refusing)).toBe('failed');
    expect(await copyReply(email, undefined)).toBe('failed');
  });
});
