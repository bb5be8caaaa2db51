import * as z from 'zod';

/**
 * A file the studio made for the coach to save: a name that is safe on every system (no folders, no reserved
 * characters) and the bytes as base64, because the renderer never handles file paths.
 */
export const ExportedFileSchema = z
  .object({
    fileName: z
      .string()
      .min(1)
      .max(160)
      .regex(/^[^/\\:*?"<>|\p{Cc}]+$/u),
    base64: z.base64(),
  })
  .strict();
export type ExportedFile = z.infer<typeof ExportedFileSchema>;
