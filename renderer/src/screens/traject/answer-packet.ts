import type { Catalogue } from '../../../../shared/domain/catalogue';
import type { PacketQuestionRequest } from '../../../../shared/packet/packet-page-data';

/**
 * The packet's questions in the order the client will read them: the chosen catalogue questions in catalogue
 * order (places as the coach arranged them), then the coach's own questions in the order they were written.
 */
export function packetQuestions(
  catalogue: Catalogue,
  chosen: ReadonlySet<string>,
  own: string[],
): PacketQuestionRequest[] {
  const fromCatalogue = catalogue.places.flatMap((place) =>
    place.questions.filter((question) => chosen.has(question.id)).map((question) => ({ questionId: question.id })),
  );
  const typed = own.map((text) => text.trim()).filter((text) => text !== '');
  return [...fromCatalogue, ...typed.map((text) => ({ text }))];
}
