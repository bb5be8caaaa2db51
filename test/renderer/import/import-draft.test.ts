import { describe, expect, it } from 'vitest';
import type { ImportFileResult } from '../../../shared/domain/import';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import {
  checkImport,
  draftFromResult,
  mergeWithPrevious,
  updateAnswer,
  type ImportFileDraft,
} from '../../../renderer/src/screens/import/import-draft';
import { batches } from '../../../renderer/src/screens/import/read-files';
import { OWN_TITLE } from '../../../renderer/src/screens/traject/add-round';

const TRAJECT = 'tr_00000000000000000001';
const token = (n: number) => `im_${String(n).padStart(20, '0')}`;
const hash = 'a'.repeat(64);

function preview(overrides: Partial<Extract<ImportFileResult, { ok: true }>['preview']> = {}): ImportFileResult {
  return {
    ok: true,
    file: 'ronde.eml',
    preview: {
      previewId: token(1),
      fileName: 'ronde.eml',
      kind: 'email',
      receivedAt: '2025-03-06T20:15:00.000Z',
      subject: 'Ronde 5',
      sender: 'Daniëlle <d@example.com>',
      answers: [
        { questionId: 'haven-2', content: richTextFromPlain('Bij Noor.') },
        { title: 'Ronde 5', content: richTextFromPlain('En verder.') },
      ],
      attachments: [
        { token: token(2), name: 'plek.jpg', mediaType: 'image/jpeg', size: 1529, sha256: hash, inlineImage: true },
        { token: token(3), name: 'oud.docx', mediaType: 'application/zip', size: 12, sha256: hash, inlineImage: false },
      ],
      warnings: [],
      ...overrides,
    },
  };
}

function draftOf(result: ImportFileResult = preview(), pasted = false): ImportFileDraft {
  const item = draftFromResult(result, pasted);
  if (!item.ok) throw new Error('expected a draft');
  return item.draft;
}

const NOW = Date.parse('2025-03-10T12:00:00Z');

describe('the import preview model', () => {
  it('files each answer under its question or its own title, every attachment kept', () => {
    const draft = draftOf();
    expect(draft.answers.map((answer) => [answer.question, answer.title])).toEqual([
      ['haven-2', ''],
      [OWN_TITLE, 'Ronde 5'],
    ]);
    expect(draft.attachments.map((attachment) => attachment.keep)).toEqual([true, true]);
    expect(draft.include).toBe(true);
  });

  it('keeps a refused file as a refusal with its error', () => {
    const error = { code: 'import_damaged' as const, message: 'x', params: { file: 'kapot.docx' } };
    expect(draftFromResult({ ok: false, file: 'kapot.docx', error })).toEqual({
      ok: false,
      fileName: 'kapot.docx',
      error,
    });
  });

  it('merges an answer into the one above it, keeping that question and both texts in order', () => {
    const draft = draftOf();
    const merged = mergeWithPrevious(draft, draft.answers[1]!.key);
    expect(merged.answers).toHaveLength(1);
    expect(merged.answers[0]!.question).toBe('haven-2');
    expect(merged.answers[0]!.content).toEqual({
      type: 'doc',
      content: [...richTextFromPlain('Bij Noor.').content!, ...richTextFromPlain('En verder.').content!],
    });
    expect(mergeWithPrevious(draft, draft.answers[0]!.key)).toBe(draft);
  });

  it('builds the commit: chosen files only, the corrected question and date, the kept attachments', () => {
    const first = draftOf();
    const reassigned = updateAnswer(first, first.answers[1]!.key, { question: 'onzekerheid-2' });
    const withoutDocx = {
      ...reassigned,
      receivedAt: '2025-03-06T21:15',
      attachments: reassigned.attachments.map((attachment) => ({
        ...attachment,
        keep: attachment.name !== 'oud.docx',
      })),
    };
    const skipped = { ...draftOf(preview({ previewId: token(9) })), include: false };
    const checked = checkImport(TRAJECT, [withoutDocx, skipped], NOW);
    expect(checked).toEqual({
      ok: true,
      request: {
        trajectId: TRAJECT,
        rounds: [
          {
            previewId: token(1),
            receivedAt: new Date(2025, 2, 6, 21, 15).toISOString(),
            source: 'email',
            answers: [
              { question: 'haven-2', content: richTextFromPlain('Bij Noor.') },
              { question: 'onzekerheid-2', content: richTextFromPlain('En verder.') },
            ],
            attachments: [token(2)],
          },
        ],
      },
    });
  });

  it('records pasted text as pasted, and Markdown as text', () => {
    const pasted = checkImport(TRAJECT, [draftOf(preview({ kind: 'html' }), true)], NOW);
    const markdown = checkImport(TRAJECT, [draftOf(preview({ kind: 'markdown' }))], NOW);
    expect(pasted.ok && pasted.request.rounds[0]!.source).toBe('pasted');
    expect(markdown.ok && markdown.request.rounds[0]!.source).toBe('text');
  });

  it('refuses an empty own title, a missing question and a date in the future, per file and answer', () => {
    const draft = draftOf();
    const broken = {
      ...updateAnswer(updateAnswer(draft, draft.answers[0]!.key, { question: '' }), draft.answers[1]!.key, {
        title: '  ',
      }),
      receivedAt: '2025-04-01T10:00',
    };
    const checked = checkImport(TRAJECT, [broken], NOW);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.get(token(1))).toEqual({
      receivedAt: 'receivedFuture',
      answers: {
        [draft.answers[0]!.key]: { question: 'questionMissing' },
        [draft.answers[1]!.key]: { title: 'titleEmpty' },
      },
    });
  });
});

describe('an answer packet in the preview', () => {
  const packet = preview({
    fileName: 'antwoorden-2025-03-06.passie',
    kind: 'packet',
    receivedAt: '2025-03-06T20:15:42.318Z',
    subject: undefined,
    sender: undefined,
    attachments: [],
  });

  it('keeps the moment the client pressed send, and commits it as a packet round', () => {
    const draft = draftOf(packet);
    expect(draft.sentAt).toBe('2025-03-06T20:15:42.318Z');
    const checked = checkImport(TRAJECT, [draft], NOW);
    if (!checked.ok) throw new Error('expected a request');
    expect(checked.request.rounds[0]).toMatchObject({ source: 'packet', attachments: [] });
  });

  it('has no send moment for any other kind of file', () => {
    expect(draftOf().sentAt).toBeUndefined();
  });
});

describe('batches', () => {
  const file = (name: string, size: number) => ({ name, base64: 'A'.repeat(size) });

  it('keeps files in order, at most 20 per call and well under the host body limit', () => {
    const many = Array.from({ length: 45 }, (_, index) => file(`f${index}`, 10));
    expect(batches(many).map((batch) => batch.length)).toEqual([20, 20, 5]);
    const big = [file('a', 40 * 1024 * 1024), file('b', 30 * 1024 * 1024), file('c', 1)];
    expect(batches(big).map((batch) => batch.map((entry) => entry.name))).toEqual([['a'], ['b', 'c']]);
    expect(batches([])).toEqual([]);
  });
});
