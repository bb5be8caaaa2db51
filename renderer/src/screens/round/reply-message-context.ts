import { clientLanguage } from '../../../../shared/domain/client';
import type { DossierView, RoundView } from '../../../../shared/domain/dossier';
import type { EmailSettings } from '../../../../shared/domain/email-settings';
import type { ReplyBlocks } from '../../../../shared/domain/passie';
import type { Settings } from '../../../../shared/domain/settings';
import { replyMessage, type ReplyMessage, type ReplyMessageInput } from '../../../../shared/email/reply-message';

/** Everything a reply needs to become the client's e-mail, but the words themselves. */
export type MessageContext = Omit<ReplyMessageInput, 'blocks' | 'headings'>;

/** The round's e-mail as the client will get it: their language, their name, the coach's templates. */
export function messageContext(
  dossier: DossierView,
  settings: Settings,
  email: EmailSettings,
  round: RoundView,
): MessageContext {
  const language = clientLanguage(dossier.client, settings.language);
  return {
    client: dossier.client,
    coach: settings.coach,
    language,
    labels: settings.passieLabels[language],
    round: round.number,
    traject: dossier.traject.title,
    email,
  };
}

export function messageOf(blocks: ReplyBlocks, context: MessageContext): ReplyMessage {
  return replyMessage({ ...context, blocks });
}
