import type { ReactNode } from 'react';
import type { RoundView } from '../../../../shared/domain/dossier';
import type { PassieKey, ReplyBlocks } from '../../../../shared/domain/passie';
import { PassieEditor, type EditorLanguage } from '../../editor';
import { SentReplyHeader } from './SentReplyHeader';

interface SentReplyProps {
  reply: NonNullable<RoundView['reply']>;
  labels: Record<PassieKey, string>;
  language: EditorLanguage;
  /** Just sent in this visit: the confirmation is said, not only shown. */
  justSent: boolean;
  /** "PDF van deze reactie". */
  pdf?: ReactNode;
  /** The ways to the client. */
  delivery?: ReactNode;
}

const ignore = (_blocks: ReplyBlocks) => undefined;

/** A finished reply: locked in the dossier, shown read-only with its date, and ready to go to the client. */
export function SentReply({ reply, labels, language, justSent, pdf, delivery }: SentReplyProps) {
  return (
    <div className="sent-reply">
      <SentReplyHeader reply={reply} justSent={justSent} pdf={pdf} delivery={delivery} />
      <PassieEditor value={reply.blocks} labels={labels} language={language} onChange={ignore} readOnly />
    </div>
  );
}
