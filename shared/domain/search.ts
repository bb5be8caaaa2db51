import * as z from 'zod';
import { ClientIdSchema, RoundIdSchema, TrajectIdSchema } from './ids';
import { PassieKeySchema } from './passie';

export const SearchRequestSchema = z.object({ query: z.string().trim().min(1).max(200) }).strict();

/** A stretch of text around a match; `highlights` are [start, end) ranges in `text` to mark. */
export const SnippetSchema = z
  .object({
    text: z.string(),
    highlights: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0)])),
  })
  .strict();
export type Snippet = z.infer<typeof SnippetSchema>;

export const SearchHitSchema = z
  .object({
    kind: z.enum(['client', 'traject', 'answer', 'reply', 'draft', 'note']),
    roundId: RoundIdSchema.optional(),
    /** The number of the hit's round, with `roundId`. */
    roundNumber: z.number().int().min(1).optional(),
    /** The PASSIE block of a reply or draft hit. */
    block: PassieKeySchema.optional(),
    snippet: SnippetSchema,
  })
  .strict();
export type SearchHit = z.infer<typeof SearchHitSchema>;

/** Results grouped as the coach thinks of them: by client, then by traject. */
export const SearchResultsSchema = z
  .object({
    groups: z.array(
      z
        .object({
          clientId: ClientIdSchema,
          clientName: z.string(),
          hits: z.array(SearchHitSchema),
          trajects: z.array(
            z.object({ trajectId: TrajectIdSchema, title: z.string(), hits: z.array(SearchHitSchema) }).strict(),
          ),
        })
        .strict(),
    ),
    total: z.number().int().min(0),
  })
  .strict();
export type SearchResults = z.infer<typeof SearchResultsSchema>;
