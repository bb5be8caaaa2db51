import * as z from 'zod';
import { ClientIdSchema, IsoDateTimeSchema } from './ids';

const trimmed = (max: number) => z.string().trim().max(max);

export const ClientFieldsSchema = z
  .object({
    name: trimmed(200).min(1),
    email: z.union([z.literal(''), z.email().max(320)]).optional(),
    phone: trimmed(40).optional(),
    notes: trimmed(10_000).optional(),
  })
  .strict();
export type ClientFields = z.infer<typeof ClientFieldsSchema>;

export const ClientSchema = ClientFieldsSchema.extend({
  id: ClientIdSchema,
  createdAt: IsoDateTimeSchema,
}).strict();
export type Client = z.infer<typeof ClientSchema>;
