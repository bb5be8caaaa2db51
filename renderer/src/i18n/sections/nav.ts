/** The unlocked shell: header navigation, skip link, and the states every routed screen shares. */
const nl = {
  skipLink: 'Naar de inhoud',
  primary: 'Hoofdmenu',
  settings: 'Instellingen',
  toSettings: 'Naar Instellingen',
  archive: 'Archief',
  search: {
    label: 'Zoeken in alle dossiers',
    placeholder: 'Zoeken…',
  },
  breadcrumb: 'Kruimelpad',
  dashboard: 'Overzicht',
  loading: 'Bezig met laden…',
  retry: 'Opnieuw proberen',
  notFound: {
    title: 'Deze pagina bestaat niet',
    body: 'Misschien is de link verouderd, of is wat hier stond verwijderd.',
    back: 'Naar het overzicht',
  },
};

const en: typeof nl = {
  skipLink: 'Skip to content',
  primary: 'Main',
  settings: 'Settings',
  toSettings: 'Go to Settings',
  archive: 'Archive',
  search: {
    label: 'Search all dossiers',
    placeholder: 'Search…',
  },
  breadcrumb: 'Breadcrumb',
  dashboard: 'Overview',
  loading: 'Loading…',
  retry: 'Try again',
  notFound: {
    title: 'This page does not exist',
    body: 'The link may be out of date, or what was here has been removed.',
    back: 'Go to the overview',
  },
};

export const nav = { nl, en };
