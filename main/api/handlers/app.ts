import type { HandlersOf, StudioServices } from './studio-services';

export function appHandlers({ app }: StudioServices): HandlersOf<'app'> {
  return { 'app.status': () => app.status() };
}
