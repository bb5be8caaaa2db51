import * as z from 'zod';

/** The long pieces of work a coach waits for, and what each is doing at a given moment. */
export const LongWorkSchema = z.enum(['export', 'close', 'backup', 'restore']);
export type LongWork = z.infer<typeof LongWorkSchema>;

export const WorkStageSchema = z.enum([
  'reading', // the dossier or the vault's files are read
  'drawing', // the PDF's pages are laid out
  'signing', // the PDF gets its signature (and timestamp)
  'archiving', // the archive file is written
  'checking', // what was written is read back and checked
  'copying', // files are copied (backup, restore)
  'finishing', // the last steps: manifest, removing what is no longer needed
]);
export type WorkStage = z.infer<typeof WorkStageSchema>;

/** `app.work`: the long piece of work running now, if any; ids and counts only, never a name or a path. */
export const WorkProgressSchema = z
  .object({
    running: z
      .object({
        work: LongWorkSchema,
        stage: WorkStageSchema,
        /** Counts when the stage has them: files copied so far, `done` of `total` when the total is known. */
        done: z.number().int().min(0).optional(),
        total: z.number().int().min(0).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type WorkProgress = z.infer<typeof WorkProgressSchema>;
