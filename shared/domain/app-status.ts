import * as z from 'zod';

/** Whether the chosen vault folder holds a vault, and whether this process holds its data key. */
export const VaultStateSchema = z.enum(['none', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof VaultStateSchema>;

export const AppStatusSchema = z
  .object({
    version: z.string().min(1),
    vault: VaultStateSchema,
  })
  .strict();
export type AppStatus = z.infer<typeof AppStatusSchema>;
