import * as z from 'zod';
import { CatalogueIdSchema } from './ids';

const Bilingual = z
  .object({ nl: z.string().trim().min(1).max(2_000), en: z.string().trim().min(1).max(2_000) })
  .strict();

export const QuestionSchema = z.object({ id: CatalogueIdSchema, text: Bilingual }).strict();
export type Question = z.infer<typeof QuestionSchema>;

export const PlaceSchema = z
  .object({
    id: CatalogueIdSchema,
    name: Bilingual,
    description: Bilingual.optional(),
    questions: z.array(QuestionSchema).max(500),
  })
  .strict();
export type Place = z.infer<typeof PlaceSchema>;

/** The question catalogue, in the format of the fixtures' questions.json. Question ids are unique across places. */
export const CatalogueSchema = z
  .object({ places: z.array(PlaceSchema).max(200) })
  .strip()
  .superRefine((catalogue, context) => {
    const seen = new Set<string>();
    for (const place of catalogue.places) {
      for (const question of place.questions) {
        if (seen.has(question.id))
          context.addIssue({ code: 'custom', message: `duplicate question id ${question.id}` });
        seen.add(question.id);
      }
    }
  });
export type Catalogue = z.infer<typeof CatalogueSchema>;
