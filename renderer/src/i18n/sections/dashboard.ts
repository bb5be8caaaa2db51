/** The dashboard: what waits for a reply, the response clock in words, and the vault's numbers. */
const nl = {
  title: 'Overzicht',
  recovered: 'Uw nieuwe wachtwoord is ingesteld. Gebruik het voortaan om de kluis te ontgrendelen.',
  counts: {
    label: 'In uw kluis',
    awaiting: 'Wachten op reactie',
    overdue: 'Te laat',
    activeTrajects: 'Actieve trajecten',
    clients: 'Cliënten',
  },
  awaiting: {
    title: 'Wachten op reactie',
    intro: 'Rondes met antwoorden waarop u nog niet hebt gereageerd, de meest dringende bovenaan.',
    received: 'Ontvangen',
    open: 'Reactie schrijven',
    openLabel: 'Reactie schrijven aan {{client}}, {{round}}',
    showAll: 'Alle {{count}} tonen',
    empty: {
      title: 'Alles is beantwoord',
      body: 'Er wacht niemand op een reactie. Nieuwe antwoorden van een cliënt voegt u toe in het traject.',
    },
  },
  clock: {
    state: {
      overdue: 'Te laat',
      due_soon: 'Bijna',
      on_time: 'Op tijd',
    },
    left: {
      minute_one: 'nog {{count}} minuut',
      minute_other: 'nog {{count}} minuten',
      hour_one: 'nog {{count}} uur',
      hour_other: 'nog {{count}} uur',
      day_one: 'nog {{count}} dag',
      day_other: 'nog {{count}} dagen',
    },
    late: {
      minute_one: '{{count}} minuut te laat',
      minute_other: '{{count}} minuten te laat',
      hour_one: '{{count}} uur te laat',
      hour_other: '{{count}} uur te laat',
      day_one: '{{count}} dag te laat',
      day_other: '{{count}} dagen te laat',
    },
    dueAt: 'uiterlijk {{date}}',
  },
};

const en: typeof nl = {
  title: 'Overview',
  recovered: 'Your new passphrase is set. Use it from now on to unlock the vault.',
  counts: {
    label: 'In your vault',
    awaiting: 'Awaiting your reply',
    overdue: 'Overdue',
    activeTrajects: 'Active trajects',
    clients: 'Clients',
  },
  awaiting: {
    title: 'Awaiting your reply',
    intro: 'Rounds with answers you have not replied to yet, the most urgent first.',
    received: 'Received',
    open: 'Write reply',
    openLabel: 'Write reply to {{client}}, {{round}}',
    showAll: 'Show all {{count}}',
    empty: {
      title: 'All caught up',
      body: 'Nobody is waiting for a reply. You add a client’s new answers in their traject.',
    },
  },
  clock: {
    state: {
      overdue: 'Overdue',
      due_soon: 'Due soon',
      on_time: 'On time',
    },
    left: {
      minute_one: '{{count}} minute left',
      minute_other: '{{count}} minutes left',
      hour_one: '{{count}} hour left',
      hour_other: '{{count}} hours left',
      day_one: '{{count}} day left',
      day_other: '{{count}} days left',
    },
    late: {
      minute_one: '{{count}} minute overdue',
      minute_other: '{{count}} minutes overdue',
      hour_one: '{{count}} hour overdue',
      hour_other: '{{count}} hours overdue',
      day_one: '{{count}} day overdue',
      day_other: '{{count}} days overdue',
    },
    dueAt: 'due {{date}}',
  },
};

export const dashboard = { nl, en };
