import { notificationsOn } from '../../../shared/domain/settings';
import type { HandlersOf, StudioServices } from './studio-services';

export function appHandlers({ app, settings, dossiers, work }: StudioServices): HandlersOf<'app'> {
  return {
    'app.status': () => app.status(),
    // What the long piece of work running now is doing: a stage and counts, never a name or a path.
    'app.work': async () => work.now(),
    // Ids and times only: the page polls this while the coach may be away, and shows it on the lock screen.
    'app.reminders': async () => {
      const [current, trajects] = await Promise.all([settings.get(), dossiers.listTrajects()]);
      return {
        on: notificationsOn(current),
        awaiting: trajects
          .filter((traject) => traject.status === 'active')
          .flatMap((traject) =>
            traject.awaiting.map(({ roundId, receivedAt, dueAt }) => ({
              trajectId: traject.id,
              roundId,
              receivedAt,
              dueAt,
            })),
          ),
      };
    },
  };
}
