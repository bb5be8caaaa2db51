import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../app/router';
import { useFocusOnMount } from '../../app/use-focus-on-mount';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/use-language';
import { AnswersPane } from '../round/AnswersPane';
import { questionLookup } from '../round/question-lookup';
import { ReplyBlocksText } from '../round/ReplyBlocksText';
import { ReplyPaneFrame } from '../round/ReplyPaneFrame';
import { RoundHeader } from '../round/RoundHeader';
import { SentReplyHeader } from '../round/SentReplyHeader';
import { SplitView } from '../round/SplitView';
import { ArchivedBanner } from './ArchivedBanner';
import type { ArchivedData } from './use-archived-dossier';
import '../../styles/round.css';

/**
 * One round of an archived dossier in the split view: the answers beside the reply that was sent, both as reading
 * text — no editor, no quoting, no send bar; attachments are saved and images shown as in a live round, read from
 * the archive.
 */
export function ArchivedRound({ archive, dossier, catalogue, settings, roundId }: ArchivedData & { roundId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(headingRef);
  const lookup = useMemo(() => questionLookup(catalogue, language), [catalogue, language]);
  const labels = settings.passieLabels[language];
  const round = dossier.rounds.find((candidate) => candidate.id === roundId);
  if (!round) return <ErrorAlert code="round_not_found" />;
  const back = paths.archived(dossier.traject.id);

  return (
    <div className="round-screen archived-round">
      <RoundHeader
        dossier={dossier}
        round={round}
        headingRef={headingRef}
        clock={false}
        trail={[
          { label: t('nav.dashboard'), to: paths.dashboard() },
          { label: t('archive.screen.title'), to: paths.archive() },
          { label: dossier.traject.title, to: back },
        ]}
      />
      <ArchivedBanner archive={archive} back={{ to: back, label: t('archive.open.backToTraject') }} />
      <SplitView
        left={<AnswersPane dossier={dossier} round={round} lookup={lookup} labels={labels} attachmentsFrom="archive" />}
        right={
          <ReplyPaneFrame>
            {round.reply ? (
              <div className="sent-reply">
                <SentReplyHeader reply={round.reply} />
                <div className="archived-reply">
                  <ReplyBlocksText blocks={round.reply.blocks} labels={labels} titleTag="h4" />
                </div>
              </div>
            ) : (
              <p className="archived-reply__none">{t('archive.open.noReply')}</p>
            )}
          </ReplyPaneFrame>
        }
      />
    </div>
  );
}
