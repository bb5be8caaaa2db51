import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult, ErrorCode } from '../../../../shared/api/errors';
import type { Catalogue } from '../../../../shared/domain/catalogue';
import type { DossierView } from '../../../../shared/domain/dossier';
import type { PassieKey } from '../../../../shared/domain/passie';
import { emailSettingsOf, type Settings } from '../../../../shared/domain/settings';
import { useFocusOnMount } from '../../app/use-focus-on-mount';
import { useLoad } from '../../app/use-load';
import { useStudio } from '../../app/studio-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadFailed } from '../../components/LoadFailed';
import { PageLoading } from '../../components/PageLoading';
import { toEditorLanguage, type PassieEditorHandle } from '../../editor';
import { AnsweredOutsideButton } from './AnsweredOutsideButton';
import { AnswersPane } from './AnswersPane';
import { questionLookup } from './question-lookup';
import { messageContext } from './reply-message-context';
import { ReplyPane } from './ReplyPane';
import { RoundHeader } from './RoundHeader';
import { SplitView } from './SplitView';
import '../../styles/round.css';

/**
 * The central screen: one round of one traject. The client's answers on the left, the PASSIE reply on the right,
 * resizable; the reply saves itself as it is written and is sent from here into the dossier.
 */
export function RoundScreen({ trajectId, roundId }: { trajectId: string; roundId: string }) {
  const studio = useStudio();
  const load = useCallback(async (): Promise<ApiResult<RoundData>> => {
    const [dossier, settings, catalogue] = await Promise.all([
      studio.traject.show({ id: trajectId }),
      studio.settings.get({}),
      studio.catalogue.list({}),
    ]);
    if (!dossier.ok) return dossier;
    if (!settings.ok) return settings;
    if (!catalogue.ok) return catalogue;
    return { ok: true, value: { dossier: dossier.value, settings: settings.value, catalogue: catalogue.value } };
  }, [studio, trajectId]);
  const { state, reload, retry } = useLoad(load);

  if (state.kind === 'loading') return <PageLoading />;
  if (state.kind === 'failed') return <LoadFailed error={state.error} onRetry={retry} />;
  return <RoundWorkspace {...state.value} roundId={roundId} onChanged={() => void reload()} />;
}

interface RoundData {
  dossier: DossierView;
  settings: Settings;
  catalogue: Catalogue;
}

interface RoundWorkspaceProps extends RoundData {
  roundId: string;
  /** The round changed in the dossier (finished, or sent on to the client): read it again. */
  onChanged: () => void;
}

function RoundWorkspace({ dossier, settings, catalogue, roundId, onChanged }: RoundWorkspaceProps) {
  const studio = useStudio();
  const { i18n } = useTranslation();
  const language = toEditorLanguage(i18n.resolvedLanguage);
  const editorRef = useRef<PassieEditorHandle | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [justSent, setJustSent] = useState(false);
  const [markFailed, setMarkFailed] = useState<ErrorCode | null>(null);
  const [email, setEmail] = useState(() => emailSettingsOf(settings));
  useFocusOnMount(headingRef);

  const round = dossier.rounds.find((candidate) => candidate.id === roundId);
  const lookup = useMemo(() => questionLookup(catalogue, language), [catalogue, language]);
  const labels = settings.passieLabels[language];
  const snippets = settings.snippets[language];

  const quote = useCallback((key: PassieKey, text: string) => {
    const handle = editorRef.current;
    if (handle?.insertQuote(key, text)) handle.editor?.commands.focus(undefined, { scrollIntoView: true });
  }, []);

  const markAnsweredOutside = async (answeredOutside: boolean) => {
    const result = await studio.round.markAnsweredOutside({ trajectId: dossier.traject.id, roundId, answeredOutside });
    setMarkFailed(result.ok ? null : result.error.code);
    if (result.ok) onChanged();
  };

  if (!round) return <ErrorAlert code="round_not_found" />;
  const sent = round.reply !== undefined;
  const message = messageContext(dossier, settings, email, round);
  const setHeadings = (headings: boolean) => {
    const next = { ...email, headings };
    setEmail(next);
    // The choice holds for every e-mail from now on; a failed save only costs the coach the memory of it.
    void studio.settings.update({ email: next });
  };

  return (
    <div className="round-screen">
      <RoundHeader dossier={dossier} round={round} headingRef={headingRef} />
      {markFailed && <ErrorAlert code={markFailed} />}
      <SplitView
        left={
          <AnswersPane
            dossier={dossier}
            round={round}
            lookup={lookup}
            labels={labels}
            onQuote={sent ? undefined : quote}
          />
        }
        right={
          <ReplyPane
            trajectId={dossier.traject.id}
            round={round}
            client={dossier.client.name}
            labels={labels}
            snippets={snippets}
            language={language}
            editorRef={editorRef}
            justSent={justSent}
            catalogue={catalogue}
            message={message}
            onHeadings={setHeadings}
            onDelivered={onChanged}
            barActions={sent ? undefined : <AnsweredOutsideButton round={round} onChange={markAnsweredOutside} />}
            onSent={() => {
              setJustSent(true);
              onChanged();
            }}
          />
        }
      />
    </div>
  );
}
