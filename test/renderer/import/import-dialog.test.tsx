// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ParsedRequestOf, ResponseOf } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import type { ImportPreview } from '../../../shared/domain/import';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { catalogue, client, coachingStudio, idOf, traject } from '../support/fake-coaching';
import { renderApp, resetDom } from '../support/render-app';

afterEach(() => {
  resetDom();
  window.location.hash = '';
});

const SANNE = idOf('tr', 1);
const JOOST = idOf('tr', 2);

function previewOf(trajectId: string): ImportPreview {
  return {
    previewId: trajectId === SANNE ? 'im_aaaaaaaaaaaaaaaaaaaa' : 'im_bbbbbbbbbbbbbbbbbbbb',
    fileName: 'ronde5.eml',
    kind: 'email',
    receivedAt: '2025-03-04T22:41:07.000Z',
    sender: 'Joost Brinkhuis <joost@example.net>',
    answers: [{ questionId: 'haven-1', content: richTextFromPlain('Het bankje aan de Vecht.') }],
    attachments: [],
    warnings:
      trajectId === SANNE
        ? [
            {
              code: 'sender_not_client',
              message: 'Deze e-mail komt van joost@example.net, niet van sanne@example.com.',
            },
          ]
        : [],
  };
}

/** A traject page with two clients; import.preview answers only when `release` is called. */
async function openImport() {
  const previews: ParsedRequestOf<'import.preview'>[] = [];
  const cancels: string[] = [];
  const commits: ParsedRequestOf<'import.commit'>[] = [];
  const pending: (() => void)[] = [];
  const studio = coachingStudio(
    {
      clients: [client(1, { name: 'Sanne de Boer' }), client(2, { name: 'Joost Brinkhuis' })],
      trajects: [traject(1, 1, { title: 'Loopbaan' }), traject(2, 2, { title: 'Werk en rust' })],
      dossiers: new Map([[SANNE, { rounds: [], notes: [] }]]),
      catalogue,
    },
    {
      'import.preview': (request) => {
        const parsed = request as ParsedRequestOf<'import.preview'>;
        previews.push(parsed);
        return new Promise<ApiResult<ResponseOf<'import.preview'>>>((resolve) =>
          pending.push(() =>
            resolve({
              ok: true,
              value: { results: [{ ok: true, file: 'ronde5.eml', preview: previewOf(parsed.trajectId) }] },
            }),
          ),
        );
      },
      'import.progress': () => ({
        ok: true,
        value: {
          running: true,
          files: 1,
          filesDone: 0,
          bytes: 1000,
          bytesDone: 450,
          current: { file: 'ronde5.eml', stage: 'sanitising' },
        },
      }),
      'import.cancel': (request) => {
        cancels.push((request as ParsedRequestOf<'import.cancel'>).jobId);
        return { ok: true, value: { cancelled: true } };
      },
      'import.commit': (request) => {
        commits.push(request as ParsedRequestOf<'import.commit'>);
        return { ok: true, value: { rounds: [{ id: idOf('rd', 9), answers: 1 }] } };
      },
    },
  );
  window.location.hash = `#/trajects/${SANNE}`;
  renderApp({ language: 'nl', studio: studio.studio });
  await screen.findByRole('heading', { level: 2, name: 'Loopbaan' });
  fireEvent.change(screen.getByTestId('import-file-input'), {
    target: { files: [new File(['From: joost@example.net\r\n\r\nHoi'], 'ronde5.eml')] },
  });
  const dialog = await screen.findByRole('dialog', { name: 'Antwoorden importeren' });
  await waitFor(() => expect(previews).toHaveLength(1));
  const release = () => pending.shift()?.();
  return { dialog, previews, cancels, commits, release };
}

describe('the import dialog while the studio reads the files', () => {
  it('shows the file, what is being done and how far, and Annuleren stops the reading it started', async () => {
    const { dialog, previews, cancels } = await openImport();
    await within(dialog).findByText('ronde5.eml (1 van 1): opschonen…');
    const bar = within(dialog).getByRole('progressbar', { name: 'Voortgang van het lezen' });
    expect(bar.getAttribute('value')).toBe('450');
    expect(bar.getAttribute('max')).toBe('1000');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(cancels).toEqual([previews[0]!.jobId]);
    expect(previews[0]!.jobId).toMatch(/^im_[0-9a-z]{20}$/);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('lets the coach choose another traject for an e-mail from another client: read again, committed there', async () => {
    const { dialog, previews, commits, release } = await openImport();
    release();
    await within(dialog).findByText('Deze e-mail komt van joost@example.net, niet van sanne@example.com.');
    const select = within(dialog).getByLabelText('Importeren in traject');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Sanne de Boer — Loopbaan', 'Joost Brinkhuis — Werk en rust']);
    fireEvent.change(select, { target: { value: JOOST } });
    await waitFor(() => expect(previews).toHaveLength(2));
    expect(previews[1]!.trajectId).toBe(JOOST);
    release();
    await waitFor(() => expect(within(dialog).queryByText(/Deze e-mail komt van/)).toBeNull());
    fireEvent.click(await within(dialog).findByRole('button', { name: '1 ronde importeren' }));
    await waitFor(() => expect(commits).toHaveLength(1));
    expect(commits[0]).toMatchObject({ trajectId: JOOST, rounds: [{ previewId: 'im_bbbbbbbbbbbbbbbbbbbb' }] });
  });
});
