import { asFile, type HandlersOf, type StudioServices } from './studio-services';

export function roundHandlers({ dossiers, replyDrafts }: StudioServices): HandlersOf<'round' | 'reply'> {
  return {
    'round.add': ({ trajectId, receivedAt, source, answers }) =>
      dossiers.addRound(trajectId, {
        receivedAt,
        source,
        answers: answers.map(({ question, title, content }) => ({ questionId: question, title, content })),
      }),
    'round.markAnsweredOutside': async ({ trajectId, roundId, answeredOutside }) => {
      await dossiers.markAnsweredOutside(trajectId, roundId, answeredOutside);
      return {};
    },
    'reply.saveDraft': ({ trajectId, roundId, blocks }) => dossiers.saveDraft(trajectId, roundId, blocks),
    'reply.send': ({ trajectId, roundId, allowEmptyBlocks }) =>
      dossiers.sendReply(trajectId, roundId, allowEmptyBlocks),
    'reply.recordDelivery': ({ trajectId, roundId, method }) => dossiers.recordDelivery(trajectId, roundId, method),
    'reply.emailDraft': async (request) => asFile(await replyDrafts.draft(request)),
  };
}
