import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/errors';
import { trajectOfVaultFile } from '../../../../shared/domain/damaged-file';
import type { VaultDamage } from '../../../../shared/domain/vault';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AlertIcon, CheckIcon, KeyIcon } from '../../components/icons';
import { Link, paths, useRoute, type Route } from '../router';
import { useStudio } from '../studio-context';
import { useVaultHealth } from './vault-health';

type CheckOutcome = { kind: 'checked'; damaged: number } | { kind: 'failed'; error: ApiError } | undefined;

/**
 * Above every unlocked screen: what the vault found wrong with its own files, in plain words, with what to do and a
 * button to check again; and a word when the recovery key needs renewing. Nothing at all while all is well.
 */
export function VaultHealthBanner() {
  const { health } = useVaultHealth();
  const route = useRoute();
  const [checked, setChecked] = useState<{ on: Route; outcome: CheckOutcome }>();
  const { t } = useTranslation();
  // What the last check said belongs to the screen it was asked on.
  const outcome = checked?.on === route ? checked.outcome : undefined;
  const onChecked = useCallback((next: CheckOutcome) => setChecked({ on: route, outcome: next }), [route]);

  const damage = health?.damage ?? [];
  return (
    <div className="health-banners no-print">
      {damage.length > 0 && <DamageBanner damage={damage} onChecked={onChecked} />}
      {/* Polite: said once the screen's own heading has been read (these appear right after an unlock). */}
      <div role="status">
        {health?.recoveryKeyNeeded && <RecoveryKeyBanner />}
        {outcome?.kind === 'checked' && (
          <p className={outcome.damaged === 0 ? 'notice notice--success' : 'notice'}>
            <CheckIcon />
            <span>
              {outcome.damaged === 0
                ? t('health.damage.allWell')
                : t('health.damage.stillDamaged', { count: outcome.damaged })}
            </span>
          </p>
        )}
      </div>
      {outcome?.kind === 'failed' && <ErrorAlert code={outcome.error.code} params={outcome.error.params} />}
    </div>
  );
}

const NEEDS_RESTORE: ReadonlySet<VaultDamage['problem']> = new Set(['missing', 'rolled_back', 'unreadable']);

function DamageBanner({ damage, onChecked }: { damage: VaultDamage[]; onChecked: (outcome: CheckOutcome) => void }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const { show } = useVaultHealth();
  const titles = useTrajectTitles(damage);
  const [checking, setChecking] = useState(false);
  const titleId = useId();

  const check = async () => {
    setChecking(true);
    onChecked(undefined);
    const result = await studio.vault.check({});
    setChecking(false);
    if (!result.ok) return onChecked({ kind: 'failed', error: result.error });
    show(result.value);
    onChecked({ kind: 'checked', damaged: result.value.damage.length });
  };

  const describe = ({ file, problem }: VaultDamage) => {
    const traject = trajectOfVaultFile(file);
    const title = traject && titles.get(traject.trajectId);
    const name =
      traject && title !== undefined
        ? t(`health.damage.name.${traject.part}`, { title })
        : t('health.damage.name.file', { file });
    return (
      <li key={`${file} ${problem}`}>
        {t(`health.damage.problem.${problem}`, { name })}
        {title !== undefined && (
          <>
            {' '}
            <code className="health-banner__file">{file}</code>
          </>
        )}
      </li>
    );
  };
  const toRestore = damage.filter((entry) => NEEDS_RESTORE.has(entry.problem));
  const goneAgain = damage.filter((entry) => !NEEDS_RESTORE.has(entry.problem));

  return (
    <section className="health-banner" role="alert" aria-labelledby={titleId} aria-busy={checking}>
      <AlertIcon />
      <div className="health-banner__body">
        <h2 className="health-banner__title" id={titleId}>
          {t('health.damage.title', { count: damage.length })}
        </h2>
        {toRestore.length > 0 && (
          <>
            <ul className="health-banner__list">{toRestore.map(describe)}</ul>
            <p>{t('health.damage.restore', { count: toRestore.length })}</p>
          </>
        )}
        {goneAgain.length > 0 && (
          <>
            <ul className="health-banner__list">{goneAgain.map(describe)}</ul>
            <p>{t('health.damage.nothingToDo')}</p>
          </>
        )}
        <div className="health-banner__actions">
          <button type="button" className="button button--secondary" disabled={checking} onClick={() => void check()}>
            {checking ? t('health.damage.checking') : t('health.damage.check')}
          </button>
        </div>
      </div>
    </section>
  );
}

/** The titles of the trajects the damaged files belong to, by id; empty when the list cannot be read (a damaged index). */
function useTrajectTitles(damage: VaultDamage[]): ReadonlyMap<string, string> {
  const studio = useStudio();
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map());
  const wanted = [...new Set(damage.flatMap(({ file }) => trajectOfVaultFile(file)?.trajectId ?? []))].join(' ');
  useEffect(() => {
    if (wanted === '') return undefined;
    let current = true;
    void studio.traject.list({}).then((result) => {
      if (current && result.ok) setTitles(new Map(result.value.trajects.map(({ id, title }) => [id, title])));
    });
    return () => {
      current = false;
    };
  }, [studio, wanted]);
  return titles;
}

function RecoveryKeyBanner() {
  const { t } = useTranslation();
  return (
    <div className="health-banner health-banner--calm">
      <KeyIcon />
      <div className="health-banner__body">
        <p>{t('health.recoveryKey.body')}</p>
        <div className="health-banner__actions">
          <Link to={paths.newRecoveryKey()} className="button button--secondary">
            {t('health.recoveryKey.action')}
          </Link>
        </div>
      </div>
    </div>
  );
}
