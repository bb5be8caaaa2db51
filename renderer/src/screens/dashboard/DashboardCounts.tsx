import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface Counts {
  awaiting: number;
  overdue: number;
  activeTrajects: number;
  clients: number;
}

const ORDER = ['awaiting', 'overdue', 'activeTrajects', 'clients'] as const;
/** The hooks the end-to-end tests read the numbers by. */
const DATA_NAMES: Record<(typeof ORDER)[number], string> = {
  awaiting: 'awaiting',
  overdue: 'overdue',
  activeTrajects: 'active-trajects',
  clients: 'clients',
};

/** The vault at a glance: four numbers, the urgent ones first. */
export function DashboardCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
      <h3 className="visually-hidden" id={titleId}>
        {t('dashboard.counts.label')}
      </h3>
      <dl className="dashboard-counts">
        {ORDER.map((name) => (
          <div
            key={name}
            className={`dashboard-counts__item${name === 'overdue' && counts.overdue > 0 ? ' dashboard-counts__item--alert' : ''}`}
          >
            <dt>{t(`dashboard.counts.${name}`)}</dt>
            <dd data-count={DATA_NAMES[name]}>{counts[name]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
