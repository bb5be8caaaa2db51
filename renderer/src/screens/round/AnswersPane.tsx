import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierView, RoundView } from '../../../../shared/domain/dossier';
import type { PassieKey } from '../../../../shared/domain/passie';
import { plainTextOf } from '../../../../shared/domain/rich-text';
import { AnswerCard } from './AnswerCard';
import type { AttachmentSource } from './AttachmentList';
import { EarlierReply } from './EarlierReply';
import { QuoteMenu } from './QuoteMenu';
import type { QuestionLookup } from './question-lookup';
import { isQuoteShortcut, QUOTE_SHORTCUT } from './quote-shortcut';
import { RoundSwitcher } from './RoundSwitcher';
import { selectedTextIn, useAnswerSelection } from './use-answer-selection';

interface AnswersPaneProps {
  dossier: DossierView;
  round: RoundView;
  lookup: QuestionLookup;
  labels: Record<PassieKey, string>;
  /** Puts the text as a quote into the block; absent once the reply is sent (nothing to quote into). */
  onQuote?: (key: PassieKey, text: string) => void;
  /** 'archive' in an archived dossier: attachments are read from its archive (see AttachmentList). */
  attachmentsFrom?: AttachmentSource;
}

interface OpenMenu {
  text: string;
  whole: boolean;
  position: { top: number; left: number } | null;
  /** Where the focus goes back to when the menu closes without a choice. */
  returnTo: HTMLElement | null;
}

/**
 * The left pane: the client's answers of this round (or of an earlier one, with the reply sent then), each under
 * its place and question, and "Citeer in…" for selected text — from a button at the selection, the pane's toolbar
 * or Ctrl+Shift+Q; a focused answer is quoted whole.
 */
export function AnswersPane({ dossier, round, lookup, labels, onQuote, attachmentsFrom }: AnswersPaneProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const answersRef = useRef<HTMLDivElement>(null);
  const lastAnswer = useRef<string | null>(null);
  const [shownId, setShownId] = useState(round.id);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const [note, setNote] = useState('');
  const anchor = useAnswerSelection(scroller, answersRef);

  const context = useMemo(
    () => dossier.rounds.filter((candidate) => candidate.number <= round.number),
    [dossier, round],
  );
  const shown = context.find((candidate) => candidate.id === shownId) ?? round;
  const earlier = shown.id !== round.id;

  const wholeAnswer = useCallback(
    (answerId: string | null) => {
      const answer = shown.answers.find((candidate) => candidate.id === answerId);
      return answer ? plainTextOf(answer.content).trim() : '';
    },
    [shown],
  );

  /** What "Citeer in…" would quote now: the selection in the answers, else the focused (or last focused) answer. */
  const source = useCallback(
    (focused: Element | null): Omit<OpenMenu, 'position' | 'returnTo'> | null => {
      const selected = selectedTextIn(answersRef.current);
      if (selected) return { text: selected, whole: false };
      const article = focused?.closest?.('[data-answer-id]');
      const answerId =
        article && answersRef.current?.contains(article) ? article.getAttribute('data-answer-id') : lastAnswer.current;
      const text = wholeAnswer(answerId);
      return text ? { text, whole: true } : null;
    },
    [wholeAnswer],
  );

  const open = useCallback(
    (returnTo: HTMLElement | null, atSelection: boolean) => {
      const found = source(document.activeElement);
      if (!found) {
        setNote(t('round.quote.nothingSelected'));
        return;
      }
      setNote('');
      setMenu({ ...found, position: atSelection && anchor ? { top: anchor.top, left: anchor.left } : null, returnTo });
    },
    [source, anchor, t],
  );

  useEffect(() => {
    if (!onQuote) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat || !isQuoteShortcut(event)) return;
      event.preventDefault();
      open(document.activeElement as HTMLElement | null, true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onQuote, open]);

  const close = (restoreFocus: boolean) => {
    const returnTo = menu?.returnTo;
    setMenu(null);
    if (restoreFocus) returnTo?.focus();
  };

  const choose = (key: PassieKey) => {
    if (!menu || !onQuote) return;
    setMenu(null);
    document.getSelection()?.removeAllRanges();
    onQuote(key, menu.text);
    setNote(t('round.quote.done', { label: labels[key] }));
  };

  // At the selection it scrolls with the text; opened from the toolbar it stays docked under the toolbar.
  const quoteMenu = menu && (
    <QuoteMenu
      title={menu.whole ? t('round.quote.wholeAnswer') : t('round.quote.menuLabel')}
      labels={labels}
      position={menu.position}
      onChoose={choose}
      onClose={close}
    />
  );

  return (
    <section className="answers-pane" aria-labelledby={titleId}>
      <div className="pane-bar">
        <h3 className="pane-bar__title" id={titleId}>
          {t('round.split.answers')}
        </h3>
        <RoundSwitcher rounds={context} currentId={round.id} shownId={shown.id} onShow={setShownId} />
        {onQuote && (
          <button
            type="button"
            className="button button--quiet button--small"
            aria-haspopup="menu"
            aria-expanded={menu !== null}
            aria-keyshortcuts={QUOTE_SHORTCUT.aria}
            title={t('round.quote.hint', { shortcut: QUOTE_SHORTCUT.label })}
            // Keep the selection in the answers: a click must not take it away before it is read.
            onMouseDown={(event) => event.preventDefault()}
            onClick={(event) => open(event.currentTarget, false)}
          >
            {t('round.quote.button')}
          </button>
        )}
      </div>
      {menu && !menu.position && quoteMenu}
      <p className="visually-hidden" role="status">
        {note}
      </p>
      <div className="answers-pane__scroll" ref={scroller}>
        {earlier && (
          <div className="notice answers-pane__earlier">
            <span>{t('round.switcher.viewingEarlier', { number: round.number })}</span>
            <button type="button" className="link-button" onClick={() => setShownId(round.id)}>
              {t('round.switcher.backToCurrent', { number: round.number })}
            </button>
          </div>
        )}
        <div
          className="answers"
          ref={answersRef}
          onFocus={(event) => {
            const article = (event.target as Element).closest('[data-answer-id]');
            if (article) lastAnswer.current = article.getAttribute('data-answer-id');
          }}
        >
          {shown.answers.length === 0 && <p className="answers__none">{t('round.answers.none')}</p>}
          {shown.answers.map((answer) => (
            <AnswerCard
              key={answer.id}
              trajectId={dossier.traject.id}
              answer={answer}
              heading={lookup(answer)}
              attachmentsFrom={attachmentsFrom}
            />
          ))}
        </div>
        {earlier && <EarlierReply round={shown} labels={labels} />}
        {onQuote && anchor && !menu && (
          <button
            type="button"
            className="quote-float"
            style={{ top: anchor.top, left: anchor.left }}
            aria-haspopup="menu"
            aria-keyshortcuts={QUOTE_SHORTCUT.aria}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => open(null, true)}
          >
            {t('round.quote.button')}
          </button>
        )}
        {menu?.position && quoteMenu}
      </div>
    </section>
  );
}
