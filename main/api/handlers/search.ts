import type { HandlersOf, StudioServices } from './studio-services';

export function searchHandlers({ search }: StudioServices): HandlersOf<'search'> {
  return { 'search.query': ({ query }) => search.search(query) };
}
