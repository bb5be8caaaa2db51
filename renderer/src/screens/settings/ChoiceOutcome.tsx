import type { ErrorCode } from '../../../../shared/api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckIcon } from '../../components/icons';

/** What became of a choice that takes effect at once (the language, the theme): stored, or why not. */
export type ChoiceOutcomeState = { kind: 'saved' } | { kind: 'failed'; code: ErrorCode } | null;

export function ChoiceOutcome({ outcome, saved }: { outcome: ChoiceOutcomeState; saved: string }) {
  return (
    <>
      <div role="status" className="settings-card__outcome">
        {outcome?.kind === 'saved' && (
          <span className="settings-card__saved">
            <CheckIcon />
            {saved}
          </span>
        )}
      </div>
      {outcome?.kind === 'failed' && <ErrorAlert code={outcome.code} />}
    </>
  );
}
