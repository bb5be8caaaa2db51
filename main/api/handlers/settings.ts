import type { HandlersOf, StudioServices } from './studio-services';

export function settingsHandlers({ settings, session, vault }: StudioServices): HandlersOf<'settings'> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': async (patch) => {
      const updated = await settings.update(patch);
      session.settingsChanged(updated);
      vault.touch();
      return updated;
    },
  };
}
