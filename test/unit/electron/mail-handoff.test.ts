import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OPEN_MAIL_DRAFT_CHANNEL, OPEN_MAILTO_CHANNEL } from '../../../main/electron/channels';
import {
  bindMailHandoff,
  MAIL_DRAFT_MAX_BYTES,
  MAILTO_MAX_CHARS,
  type MailHandoffOptions,
} from '../../../main/electron/mail-handoff';

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const contents = { id: 7, isDestroyed: () => false };
const trustedEvent = { sender: contents, senderFrame: { url: 'app://studio/index.html' } };
const strangerEvent = { sender: { id: 8, isDestroyed: () => false }, senderFrame: { url: 'app://studio/' } };
const EML = Buffer.from('X-Unsent: 1\r\nSubject: =?UTF-8?Q?Mijn_reactie?=\r\n\r\nBeste Anna,\r\n');

let root: string;
const unbinds: (() => void)[] = [];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'passie-mail-test-'));
});
afterEach(async () => {
  unbinds.splice(0).forEach((unbind) => unbind());
  await rm(root, { recursive: true, force: true });
});

function bind(overrides: Partial<MailHandoffOptions> = {}, openPathAnswer = '') {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Handler) => handlers.set(channel, handler)),
    removeHandler: vi.fn(),
  };
  const shell = {
    openPath: vi.fn(async (_path: string) => openPathAnswer),
    openExternal: vi.fn(async (_url: string) => undefined),
  };
  const handoff = bindMailHandoff({
    ipcMain: ipcMain as unknown as MailHandoffOptions['ipcMain'],
    shell,
    trustedContents: () => contents as unknown as ReturnType<MailHandoffOptions['trustedContents']>,
    tempDir: root,
    ...overrides,
  });
  unbinds.push(handoff.removeDrafts);
  return {
    openDraft: (event: unknown, ...args: unknown[]) => handlers.get(OPEN_MAIL_DRAFT_CHANNEL)!(event, ...args),
    openMailto: (event: unknown, href: unknown) => handlers.get(OPEN_MAILTO_CHANNEL)!(event, href),
    shell,
    ipcMain,
    handoff,
  };
}

/** Every file under the temp root, as paths relative to it. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe('handing a reply draft to the mail program', () => {
  it('writes the .eml into a folder only this user can read, and opens it with the system program', async () => {
    const fake = bind();
    expect(await fake.openDraft(trustedEvent, 'reactie-anna-ronde-3.eml', EML.toString('base64'))).toEqual({
      opened: true,
    });
    const [path] = fake.shell.openPath.mock.calls[0]!;
    expect(path.endsWith('/reactie-anna-ronde-3.eml')).toBe(true);
    expect(await filesUnder(root)).toEqual([path]);
    expect((await readFile(path)).equals(EML)).toBe(true);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const privateFolder = dirname(dirname(path));
    expect(dirname(privateFolder)).toBe(root);
    expect((await stat(privateFolder)).mode & 0o777).toBe(0o700);
  });

  it('keeps two drafts of the same name apart, and says when the system has no program for them', async () => {
    const fake = bind({}, 'No application is associated with the specified file');
    expect(await fake.openDraft(trustedEvent, 'reply-anna-round-3.eml', EML.toString('base64'))).toEqual({
      opened: false,
    });
    await fake.openDraft(trustedEvent, 'reply-anna-round-3.eml', EML.toString('base64'));
    const [first, second] = fake.shell.openPath.mock.calls.map(([path]) => path);
    expect(first).not.toBe(second);
    expect(await filesUnder(root)).toHaveLength(2);
  });

  it('refuses another sender, a name that is not a plain .eml, content that is not base64 or too large', async () => {
    const fake = bind();
    const base64 = EML.toString('base64');
    const refused = [
      [strangerEvent, 'reply.eml', base64],
      [trustedEvent, '../reply.eml', base64],
      [trustedEvent, 'sub/reply.eml', base64],
      [trustedEvent, 'C:\\reply.eml', base64],
      [trustedEvent, '.eml', base64],
      [trustedEvent, 'reply.eml.exe', base64],
      [trustedEvent, 'reply.html', base64],
      [trustedEvent, 'reply\n.eml', base64],
      [trustedEvent, 42, base64],
      [trustedEvent, 'reply.eml', 'not base64!'],
      [trustedEvent, 'reply.eml', ''],
      [trustedEvent, 'reply.eml', { base64 }],
      [trustedEvent, 'reply.eml', 'A'.repeat((MAIL_DRAFT_MAX_BYTES / 3) * 4 + 4)],
    ] as const;
    for (const [event, name, content] of refused) {
      expect(await fake.openDraft(event, name, content)).toEqual({ opened: false });
    }
    expect(fake.shell.openPath).not.toHaveBeenCalled();
    expect(await readdir(root)).toEqual([]);
  });

  it('removes each draft after its lifetime, and all of them at quit', async () => {
    const fake = bind({ lifetimeMs: 50 });
    await fake.openDraft(trustedEvent, 'reply-1.eml', EML.toString('base64'));
    await vi.waitFor(async () => expect(await filesUnder(root)).toEqual([]), { timeout: 2_000 });

    const quitting = bind();
    await quitting.openDraft(trustedEvent, 'reply-2.eml', EML.toString('base64'));
    await quitting.openDraft(trustedEvent, 'reply-3.eml', EML.toString('base64'));
    expect(await filesUnder(root)).toHaveLength(2);
    quitting.handoff.removeDrafts();
    expect(await filesUnder(root)).toEqual([]);
    // A draft after that gets a new private folder.
    expect(await quitting.openDraft(trustedEvent, 'reply-4.eml', EML.toString('base64'))).toEqual({ opened: true });
    expect(await filesUnder(root)).toHaveLength(1);
  });

  it('at start removes draft folders an earlier run left behind, once older than a draft lives', async () => {
    const old = join(root, 'passie-mail-Ab12Cd');
    const recent = join(root, 'passie-mail-Ef34Gh');
    const other = join(root, 'someone-else');
    for (const folder of [old, recent, other]) await mkdir(join(folder, 'draft-x'), { recursive: true });
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(old, twoHoursAgo, twoHoursAgo);
    await utimes(other, twoHoursAgo, twoHoursAgo);
    bind();
    await vi.waitFor(async () => expect((await readdir(root)).sort()).toEqual(['passie-mail-Ef34Gh', 'someone-else']));
  });

  it('removes both handlers when unbound', () => {
    const fake = bind();
    fake.handoff.unbind();
    expect(fake.ipcMain.removeHandler).toHaveBeenCalledWith(OPEN_MAIL_DRAFT_CHANNEL);
    expect(fake.ipcMain.removeHandler).toHaveBeenCalledWith(OPEN_MAILTO_CHANNEL);
  });
});

describe('opening a mailto: link', () => {
  it('hands a mailto: URL to the system, and nothing else', async () => {
    const fake = bind();
    const href = 'mailto:anna@example.org?subject=Mijn%20reactie%20(ronde%203)&body=Beste%20Anna%2C';
    expect(await fake.openMailto(trustedEvent, href)).toEqual({ opened: true });
    expect(fake.shell.openExternal).toHaveBeenCalledExactlyOnceWith(href);

    const refused: [unknown, unknown][] = [
      [strangerEvent, href],
      [trustedEvent, 'https://example.org/?mailto:anna@example.org'],
      [trustedEvent, 'file:///etc/passwd'],
      [trustedEvent, 'javascript:alert(1)'],
      [trustedEvent, 'MAILTO'],
      [trustedEvent, `mailto:anna@example.org?body=${'a'.repeat(MAILTO_MAX_CHARS)}`],
      [trustedEvent, { href }],
    ];
    for (const [event, candidate] of refused) {
      expect(await fake.openMailto(event, candidate)).toEqual({ opened: false });
    }
    expect(fake.shell.openExternal).toHaveBeenCalledOnce();
  });

  it('says so when the system cannot open it', async () => {
    const fake = bind();
    fake.shell.openExternal.mockRejectedValueOnce(new Error('no mail program'));
    expect(await fake.openMailto(trustedEvent, 'mailto:anna@example.org')).toEqual({ opened: false });
  });
});
