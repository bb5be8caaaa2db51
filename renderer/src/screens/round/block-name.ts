import { PASSIE_LETTERS, type PassieKey } from '../../../../shared/domain/passie';

/** "P — Positief benoemen": a block as the coach reads it, with its letter and the coach's own label. */
export function blockName(key: PassieKey, labels: Record<PassieKey, string>): string {
  return `${PASSIE_LETTERS[key]} — ${labels[key]}`;
}
