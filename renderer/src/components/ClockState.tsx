import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClockState as State } from '../../../shared/domain/response-clock';
import { ClockIcon, DueSoonIcon, OverdueIcon } from './icons';

const icons: Record<State, ComponentType> = {
  overdue: OverdueIcon,
  due_soon: DueSoonIcon,
  on_time: ClockIcon,
};

/**
 * Where a round stands on the response clock, told three ways (an icon, a word and a colour) so it still reads
 * for a coach who does not see the colour, or prints in black and white. Without hooks: long lists pass the
 * word in, so a hundred rows do not each subscribe to the language.
 */
export function ClockStateBadge({ state, label }: { state: State; label: string }) {
  const Icon = icons[state];
  return (
    <span className={`clock-state clock-state--${state}`} data-clock-state={state}>
      <Icon />
      <span>{label}</span>
    </span>
  );
}

export function ClockState({ state }: { state: State }) {
  const { t } = useTranslation();
  return <ClockStateBadge state={state} label={t(`dashboard.clock.state.${state}`)} />;
}
