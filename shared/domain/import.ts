import * as z from 'zod';
import { ApiErrorSchema } from '../api/errors';
import { RoundSourceSchema, Sha256HexSchema } from './dossier';
import { CatalogueIdSchema, idSchema, IsoDateTimeSchema, TrajectIdSchema } from './ids';
import { RichDocSchema } from './rich-text';

/** What an imported file turned out to be (by its content, not only its name). */
export const ImportKindSchema = z.enum(['email', 'docx', 'text', 'markdown', 'html', 'packet']);
export type ImportKind = z.infer<typeof ImportKindSchema>;

/** Preview ids and attachment tokens: random, held by the main process for one preview only. */
export const ImportTokenSchema = idSchema('im');

export const ImportAnswerSchema = z
  .object({
    questionId: CatalogueIdSchema.optional(),
    title: z.string().trim().min(1).max(500).optional(),
    content: RichDocSchema,
  })
  .strict();
export type ImportAnswer = z.infer<typeof ImportAnswerSchema>;

export const ImportAttachmentSchema = z
  .object({
    /** Refers to the bytes the main process keeps for this preview; the renderer never sends them back. */
    token: ImportTokenSchema,
    name: z.string().min(1).max(255),
    mediaType: z.string().max(255),
    size: z.number().int().min(0),
    sha256: Sha256HexSchema,
    inlineImage: z.boolean(),
  })
  .strict();
export type ImportAttachment = z.infer<typeof ImportAttachmentSchema>;

export const ImportWarningSchema = z.object({ code: z.string(), message: z.string() }).strict();
export type ImportWarning = z.infer<typeof ImportWarningSchema>;

export const ImportPreviewSchema = z
  .object({
    previewId: ImportTokenSchema,
    fileName: z.string().min(1).max(255),
    kind: ImportKindSchema,
    receivedAt: IsoDateTimeSchema,
    subject: z.string().max(2_000).optional(),
    sender: z.string().max(1_000).optional(),
    answers: z.array(ImportAnswerSchema).min(1).max(200),
    attachments: z.array(ImportAttachmentSchema).max(100),
    warnings: z.array(ImportWarningSchema),
    /** The round of this traject the same file (by Message-ID or content) was imported as before. */
    repeatOfRound: z.number().int().min(1).optional(),
  })
  .strict();
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportFileResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), file: z.string(), preview: ImportPreviewSchema }).strict(),
  z.object({ ok: z.literal(false), file: z.string(), error: ApiErrorSchema }).strict(),
]);
export type ImportFileResult = z.infer<typeof ImportFileResultSchema>;

/** 50 MB of file as base64, with room to spare. */
const MAX_BASE64_CHARS = 70_000_000;

export const ImportPreviewRequestSchema = z
  .object({
    trajectId: TrajectIdSchema,
    /** Names this call for import.progress and import.cancel. */
    jobId: ImportTokenSchema.optional(),
    files: z
      .array(
        z
          .object({
            name: z.string().trim().min(1).max(255),
            base64: z.string().max(MAX_BASE64_CHARS),
          })
          .strict(),
      )
      .min(1)
      .max(20),
  })
  .strict();

/** What the reading of a file is busy with (the import worker's stages). */
export const ImportStageSchema = z.enum(['reading', 'converting', 'sanitising', 'matching']);

/** A running import.preview, as the progress line shows it; `running: false` once it answered (or never ran). */
export const ImportProgressSchema = z
  .object({
    running: z.boolean(),
    files: z.number().int().min(0),
    filesDone: z.number().int().min(0),
    bytes: z.number().int().min(0),
    bytesDone: z.number().int().min(0),
    current: z
      .object({ file: z.string().max(255), stage: ImportStageSchema })
      .strict()
      .optional(),
  })
  .strict();
export type ImportProgress = z.infer<typeof ImportProgressSchema>;

/** The id the caller gives a preview, to ask its progress or cancel it: random, so only the caller knows it. */
export const ImportJobRequestSchema = z.object({ jobId: ImportTokenSchema }).strict();

export const ImportPreviewResponseSchema = z.object({ results: z.array(ImportFileResultSchema) }).strict();

export const ImportCommitAnswerSchema = z
  .object({
    question: CatalogueIdSchema.optional(),
    title: z.string().trim().min(1).max(500).optional(),
    content: RichDocSchema,
  })
  .strict()
  .refine((answer) => answer.question !== undefined || answer.title !== undefined, {
    message: 'an answer needs a question or a title',
  });

export const ImportCommitRequestSchema = z
  .object({
    trajectId: TrajectIdSchema,
    rounds: z
      .array(
        z
          .object({
            previewId: ImportTokenSchema,
            receivedAt: IsoDateTimeSchema.optional(),
            source: RoundSourceSchema,
            answers: z.array(ImportCommitAnswerSchema).min(1).max(200),
            /** Tokens of the preview's attachments to keep; they are stored on the round's first answer. */
            attachments: z.array(ImportTokenSchema).max(100).default([]),
          })
          .strict(),
      )
      .min(1)
      .max(20),
  })
  .strict();

export type ImportCommitRound = z.input<typeof ImportCommitRequestSchema>['rounds'][number];

/** The round source a file of each kind is recorded with: Markdown is text. */
export const ROUND_SOURCE_OF_KIND: Record<ImportKind, ImportCommitRound['source']> = {
  email: 'email',
  docx: 'docx',
  text: 'text',
  markdown: 'text',
  html: 'html',
  packet: 'packet',
};

/**
 * A preview committed as it is, without the coach's review (the CLI's import): every answer under the question it
 * was matched to, else its own title, else the file's name; every attachment kept.
 */
export function acceptedRound(preview: ImportPreview): ImportCommitRound {
  return {
    previewId: preview.previewId,
    receivedAt: preview.receivedAt,
    source: ROUND_SOURCE_OF_KIND[preview.kind],
    answers: preview.answers.map((answer) => ({
      question: answer.questionId,
      title: answer.questionId ? undefined : (answer.title ?? preview.fileName),
      content: answer.content,
    })),
    attachments: preview.attachments.map((attachment) => attachment.token),
  };
}

export const ImportCommitResponseSchema = z
  .object({ rounds: z.array(z.object({ id: z.string(), answers: z.number().int() }).strict()) })
  .strict();
