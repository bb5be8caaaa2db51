import type { HandlersOf, StudioServices } from './studio-services';

export function catalogueHandlers({ catalogue }: StudioServices): HandlersOf<'catalogue'> {
  return {
    'catalogue.list': () => catalogue.list(),
    'catalogue.save': (edited) => catalogue.save(edited),
    'catalogue.import': (imported) => catalogue.import(imported),
  };
}
