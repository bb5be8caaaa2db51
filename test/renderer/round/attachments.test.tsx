// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ResponseOf } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import type { RoundView } from '../../../shared/domain/dossier';
import { errorMessages } from '../../../shared/i18n/error-messages';
import { failure } from '../support/fake-studio';
import { DRAWING, DRAWING_BASE64, renderRound, roundWorld, TRAJECT, type RoundWorld } from './round-world';
import { catchDownloads } from '../support/downloads';

const WORKSHEET = 'at_00000000000000000002';
const SKETCH = 'at_00000000000000000003';
const WORKSHEET_TEXT = '%PDF-1.7\n% werkblad\n%%EOF\n';
const SKETCH_TEXT = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';

/** The current round's first answer with the drawing, a PDF worksheet and an SVG sketch. */
function worldWithFiles(): RoundWorld {
  const world = roundWorld();
  const answer = world.dossier.rounds[1]!.answers[0]!;
  const ref = (
    id: string,
    name: string,
    mediaType: string,
    text: string,
  ): RoundView['answers'][0]['attachments'][0] => {
    world.files[id] = btoa(text);
    return { id, name, mediaType, size: text.length, sha256: 'b'.repeat(64) };
  };
  answer.attachments.push(
    ref(WORKSHEET, 'Werkblad ronde 2.pdf', 'application/pdf', WORKSHEET_TEXT),
    ref(SKETCH, 'schets.svg', 'image/svg+xml', SKETCH_TEXT),
  );
  return world;
}

let blobs: Map<string, Blob>;
let revoked: string[];
let clicked: HTMLAnchorElement[];

beforeEach(() => {
  ({ blobs, revoked, clicked } = catchDownloads());
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const reads = (world: RoundWorld) =>
  world.fake.calls.filter((call) => call.method === 'attachment.read').map((call) => call.request);

async function openRound(world: RoundWorld) {
  renderRound(world);
  return screen.findByRole('list', { name: 'Bijlagen' });
}

describe('attachments of an answer', () => {
  it('saves an attachment under its own name, saying so while it is busy', async () => {
    const world = worldWithFiles();
    let answer: (result: ApiResult<ResponseOf<'attachment.read'>>) => void = () => undefined;
    world.fake.answer('attachment.read', (request) => {
      const { attachmentId } = request as { attachmentId: string };
      if (attachmentId === DRAWING) {
        return { ok: true, value: { name: 'tekening.jpg', mediaType: 'image/jpeg', size: 12, base64: DRAWING_BASE64 } };
      }
      if (attachmentId !== WORKSHEET) return failure('attachment_not_found');
      return new Promise((resolve) => {
        answer = resolve;
      });
    });
    await openRound(world);

    const button = screen.getByRole('button', { name: 'Opslaan als… – Werkblad ronde 2.pdf' });
    fireEvent.click(button);
    expect(button.textContent).toContain('Bezig met opslaan…');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(reads(world)).toContainEqual({ trajectId: TRAJECT, attachmentId: WORKSHEET });
    expect(clicked).toHaveLength(0);

    answer({
      ok: true,
      value: { name: 'Werkblad ronde 2.pdf', mediaType: 'application/pdf', size: 26, base64: btoa(WORKSHEET_TEXT) },
    });
    await waitFor(() => expect(clicked).toHaveLength(1));
    const link = clicked[0]!;
    expect(link.download).toBe('Werkblad ronde 2.pdf');
    const url = link.getAttribute('href')!;
    expect(blobs.get(url)?.type).toBe('application/pdf');
    expect(await blobs.get(url)?.text()).toBe(WORKSHEET_TEXT);
    expect(document.querySelector('a[download]')).toBeNull();
    await waitFor(() => expect(revoked).toContain(url));
    await waitFor(() => expect(button.textContent).toContain('Opslaan als…'));
    expect(button.hasAttribute('aria-disabled')).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows an image inline by its name once read, and lets go of its address when the round closes', async () => {
    const world = worldWithFiles();
    await openRound(world);

    const image = (await screen.findByRole('img', { name: 'tekening.jpg' })) as HTMLImageElement;
    expect(reads(world)).toContainEqual({ trajectId: TRAJECT, attachmentId: DRAWING });
    const url = image.getAttribute('src')!;
    expect(url).toMatch(/^blob:/);
    expect(blobs.get(url)?.type).toBe('image/jpeg');
    expect(new Uint8Array(await blobs.get(url)!.arrayBuffer())).toEqual(
      Uint8Array.from(atob(DRAWING_BASE64), (char) => char.charCodeAt(0)),
    );
    expect(image.closest('.attachments')?.querySelector('.attachments__list')).not.toBeNull();
    expect(revoked).not.toContain(url);

    cleanup();
    expect(revoked).toContain(url);
  });

  it('never shows an SVG inline, nor reads it before the coach asks, yet lists it to save', async () => {
    const world = worldWithFiles();
    const list = await openRound(world);
    await screen.findByRole('img', { name: 'tekening.jpg' });

    expect(screen.getAllByRole('img').map((image) => image.getAttribute('alt'))).toEqual(['tekening.jpg']);
    expect(document.querySelector('img[src^="data:"], object, iframe, embed, svg image')).toBeNull();
    expect(reads(world).map((request) => (request as { attachmentId: string }).attachmentId)).not.toContain(SKETCH);
    expect(within(list).getByText('schets.svg')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Opslaan als… – schets.svg' })).toBeDefined();
  });

  it('says in the shared Dutch sentence when an attachment cannot be read, and saves nothing', async () => {
    const world = worldWithFiles();
    delete world.files[WORKSHEET];
    await openRound(world);

    fireEvent.click(screen.getByRole('button', { name: 'Opslaan als… – Werkblad ronde 2.pdf' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(errorMessages.nl.attachment_not_found);
    expect(document.body.textContent).not.toContain('that the screen must not show');
    expect(clicked).toHaveLength(0);
    expect(alert.closest('.attachments')).not.toBeNull();
  });

  it('shows the damage in place of an image that cannot be read, naming the traject', async () => {
    const world = worldWithFiles();
    world.fake.answer('attachment.read', () => ({
      ok: false,
      error: { code: 'dossier_damaged', message: 'not for the screen', params: { traject: 'Kiezen voor rust' } },
    }));
    await openRound(world);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(errorMessages.nl.dossier_damaged.replace('{traject}', 'Kiezen voor rust'));
    expect(alert.closest('figure')).not.toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
