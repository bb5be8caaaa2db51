import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { ErrorCode } from '../../../../shared/api/errors';
import { emptyReplyBlocks, type PassieKey, type ReplyBlocks } from '../../../../shared/domain/passie';
import type { RoundView } from '../../../../shared/domain/dossier';
import { useBeforeLock } from '../../app/before-lock';
import { useStudio } from '../../app/studio-context';
import { COVERS_EDITOR, PassieEditor, type EditorLanguage, type PassieEditorHandle } from '../../editor';
import type { MessageContext } from './reply-message-context';
import { ReplyPreviewDialog } from './ReplyPreviewDialog';
import { SaveStatus } from './SaveStatus';
import { SendBar } from './SendBar';
import { useDraftAutosave } from './use-draft-autosave';

export interface DraftReplyProps {
  trajectId: string;
  round: RoundView;
  client: string;
  labels: Record<PassieKey, string>;
  snippets: Partial<Record<PassieKey, readonly string[]>>;
  language: EditorLanguage;
  editorRef: RefObject<PassieEditorHandle | null>;
  onSent: () => void;
  /** What makes the reply the client's e-mail (their language, name, the coach's templates). */
  message: MessageContext;
  /** The coach wants the block headings in the e-mail, or not (stored). */
  onHeadings: (on: boolean) => void;
}

/**
 * The reply being written: the PASSIE editor with the coach's labels and phrases, saved to the vault as it is
 * written (see `useDraftAutosave`), and "Versturen". The draft is saved after a pause in typing, whenever the editor
 * loses the focus, when the window is hidden or closed, before the coach locks, and before sending.
 */
export function DraftReply({
  trajectId,
  round,
  client,
  labels,
  snippets,
  language,
  editorRef,
  onSent,
  message,
  onHeadings,
}: DraftReplyProps) {
  const studio = useStudio();
  // Loaded once: the editor keeps the text from here on; the vault only ever hears from the editor.
  const [initial] = useState<ReplyBlocks>(() => round.draft?.blocks ?? emptyReplyBlocks());
  const save = useCallback(
    (blocks: ReplyBlocks) => studio.reply.saveDraft({ trajectId, roundId: round.id, blocks }),
    [studio, trajectId, round.id],
  );
  const autosave = useDraftAutosave(save, round.draft?.updatedAt);
  const [previewing, setPreviewing] = useState<ReplyBlocks | null>(null);
  const { flush, change } = autosave;

  useBeforeLock(flush);
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [flush]);

  // The send bar hears of every edit (it drops its refusal the moment a missing block gets words) without the
  // editor's host re-rendering on each keystroke.
  const editListeners = useRef(new Set<(blocks: ReplyBlocks) => void>());
  const onEdit = useCallback(
    (blocks: ReplyBlocks) => {
      change(blocks);
      for (const listener of editListeners.current) listener(blocks);
    },
    [change],
  );
  const subscribeEdits = useCallback((listener: (blocks: ReplyBlocks) => void) => {
    editListeners.current.add(listener);
    return () => void editListeners.current.delete(listener);
  }, []);

  const current = useCallback(() => editorRef.current?.getBlocks() ?? initial, [editorRef, initial]);
  const goTo = useCallback((key: PassieKey) => void editorRef.current?.focusBlock(key), [editorRef]);

  const send = useCallback(
    async (allowEmptyBlocks: boolean): Promise<ErrorCode | 'not_saved' | undefined> => {
      // The studio sends what is saved: the last words must be in the vault first.
      if (!(await flush())) return 'not_saved';
      const result = await studio.reply.send({ trajectId, roundId: round.id, allowEmptyBlocks });
      if (!result.ok) return result.error.code;
      onSent();
      return undefined;
    },
    [flush, studio, trajectId, round.id, onSent],
  );

  return (
    <div
      className="draft-reply"
      onBlur={(event) => {
        // Leaving the text (for the answers, the send button, another window) saves at once.
        if (event.target === editorRef.current?.editor?.view.dom) void flush();
      }}
    >
      <PassieEditor
        value={initial}
        labels={labels}
        language={language}
        snippets={snippets}
        onChange={onEdit}
        editorRef={editorRef}
      />
      <div className="reply-footer" {...{ [COVERS_EDITOR]: 'bottom' }}>
        <SendBar
          client={client}
          labels={labels}
          current={current}
          onGoTo={goTo}
          subscribeEdits={subscribeEdits}
          send={send}
          status={<SaveStatus status={autosave.status} onRetry={() => void flush()} />}
          preview={() => setPreviewing(current())}
        />
      </div>
      {previewing && (
        <ReplyPreviewDialog
          blocks={previewing}
          context={message}
          onHeadings={onHeadings}
          onClose={() => setPreviewing(null)}
        />
      )}
    </div>
  );
}
