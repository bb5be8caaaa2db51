/** Search results: grouped by client and traject, each hit named by kind, the matched words marked. */
const nl = {
  title: 'Zoeken',
  resultsFor: 'Zoekresultaten voor “{{query}}”',
  total_one: '{{count}} resultaat',
  total_other: '{{count}} resultaten',
  limited: 'De eerste {{count}} resultaten worden getoond; maak de zoekopdracht preciezer om meer te vinden.',
  aboutClient: 'Over de cliënt',
  empty: {
    title: 'Waar zoekt u naar?',
    body: 'Typ in het zoekveld bovenaan een naam of een paar woorden uit een antwoord, reactie of notitie: de resultaten verschijnen terwijl u typt.',
  },
  none: {
    title: 'Niets gevonden',
    body: 'Er is niets gevonden voor “{{query}}”. Probeer een ander of korter woord.',
  },
  kind: {
    answer: 'Antwoord',
    reply: 'Reactie',
    draft: 'Concept',
    note: 'Notitie',
    client: 'Cliënt',
    traject: 'Traject',
  },
  inBlock: '{{kind}} · {{block}}',
  inRound: 'Ronde {{number}} · {{kind}}',
  open: {
    round: 'Ronde {{number}} · {{traject}} openen',
    traject: 'Traject {{traject}} openen',
    client: '{{client}} openen',
  },
};

const en: typeof nl = {
  title: 'Search',
  resultsFor: 'Search results for “{{query}}”',
  total_one: '{{count}} result',
  total_other: '{{count}} results',
  limited: 'The first {{count}} results are shown; make the search more precise to find more.',
  aboutClient: 'About the client',
  empty: {
    title: 'What are you looking for?',
    body: 'Type a name or a few words from an answer, reply or note in the search field at the top: the results appear as you type.',
  },
  none: {
    title: 'Nothing found',
    body: 'Nothing was found for “{{query}}”. Try another or a shorter word.',
  },
  kind: {
    answer: 'Answer',
    reply: 'Reply',
    draft: 'Draft',
    note: 'Note',
    client: 'Client',
    traject: 'Traject',
  },
  inBlock: '{{kind}} · {{block}}',
  inRound: 'Round {{number}} · {{kind}}',
  open: {
    round: 'Open round {{number}} · {{traject}}',
    traject: 'Open traject {{traject}}',
    client: 'Open {{client}}',
  },
};

export const search = { nl, en };
