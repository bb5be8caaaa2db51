import * as z from 'zod';
import { RichDocSchema } from './rich-text';
import type { Language } from '../i18n/language';

/** The seven PASSIE blocks in their fixed order: the circle begins and ends with naming the positive. */
export const PASSIE_KEYS = ['p_open', 'a', 's1', 's2', 'i', 'e', 'p_close'] as const;
export const PassieKeySchema = z.enum(PASSIE_KEYS);
export type PassieKey = z.infer<typeof PassieKeySchema>;

/** The blocks a reply cannot be sent without: the model's defining rule. */
export const REQUIRED_PASSIE_KEYS: readonly PassieKey[] = ['p_open', 'p_close'];

export const PASSIE_LETTERS: Record<PassieKey, string> = {
  p_open: 'P',
  a: 'A',
  s1: 'S',
  s2: 'S',
  i: 'I',
  e: 'E',
  p_close: 'P',
};

export const DEFAULT_PASSIE_LABELS = {
  nl: {
    p_open: 'Positief benoemen',
    a: 'Aansluiten',
    s1: 'Samenvatten',
    s2: 'Spiegelen',
    i: 'Inzicht & vragen',
    e: 'Eigen stap',
    p_close: 'Positief afsluiten',
  },
  en: {
    p_open: 'Name the positive',
    a: 'Attune',
    s1: 'Summarise',
    s2: 'Mirror',
    i: 'Insight & questions',
    e: 'Next step',
    p_close: 'Close on the positive',
  },
} satisfies Record<Language, Record<PassieKey, string>>;

/** A reply: one rich document per block, every block present. */
export const ReplyBlocksSchema = z.object(
  Object.fromEntries(PASSIE_KEYS.map((key) => [key, RichDocSchema])) as Record<PassieKey, typeof RichDocSchema>,
);
export type ReplyBlocks = z.infer<typeof ReplyBlocksSchema>;

export function emptyReplyBlocks(): ReplyBlocks {
  return Object.fromEntries(PASSIE_KEYS.map((key) => [key, { type: 'doc', content: [] }])) as unknown as ReplyBlocks;
}
