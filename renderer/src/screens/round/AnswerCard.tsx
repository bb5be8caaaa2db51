import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../../shared/domain/dossier';
import { AttachmentList, type AttachmentSource } from './AttachmentList';
import type { AnswerHeading } from './question-lookup';
import { RichText } from './RichText';

interface AnswerCardProps {
  trajectId: string;
  answer: Answer;
  heading: AnswerHeading;
  /** 'archive' in an archived dossier: the attachments are read from its archive (see AttachmentList). */
  attachmentsFrom?: AttachmentSource;
}

/**
 * One answer under its place and question. The article takes the keyboard focus (Tab), so "Citeer in…" can quote a
 * whole answer for a coach who does not select with the mouse.
 */
export function AnswerCard({ trajectId, answer, heading, attachmentsFrom }: AnswerCardProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <article className="answer" tabIndex={0} aria-labelledby={id} data-answer-id={answer.id}>
      <header className="answer__header">
        {heading.kind === 'question' && <p className="answer__place">{heading.place}</p>}
        {heading.kind === 'title' && <p className="answer__place">{t('round.answers.freeTitle')}</p>}
        <h4 className="answer__question" id={id}>
          {heading.kind === 'question' && heading.question}
          {heading.kind === 'title' && heading.title}
          {heading.kind === 'unknown' && t('round.answers.unknownQuestion')}
        </h4>
      </header>
      <RichText doc={answer.content} className="answer__text" />
      <AttachmentList trajectId={trajectId} attachments={answer.attachments} from={attachmentsFrom} />
    </article>
  );
}
