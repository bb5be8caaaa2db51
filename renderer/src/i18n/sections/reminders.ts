/**
 * Reminders of the response clock: the system notifications and their settings card (`reminders.*`). A
 * notification can show on a lock screen, so none of these texts may ever take a client's name, a traject's title
 * or any text: only counts, dates and times.
 */
const nl = {
  round: {
    lastHours: 'Nog minder dan {{hours}} uur voor een reactie',
    overdue: 'Een reactie is te laat',
    body: 'Antwoorden ontvangen op {{received}}; reactie beloofd vóór {{due}}.',
  },
  count: {
    lastHours: '{{n}} reacties hebben nog minder dan {{hours}} uur',
    overdue: '{{n}} reacties zijn te laat',
    mixed: '{{n}} reacties wachten op u',
    mixedBody: '{{overdue}} te laat, {{lastHours}} met nog minder dan {{hours}} uur.',
    body: 'Open PASSIE Studio om ze te zien.',
  },
  card: {
    title: 'Meldingen',
    intro:
      'De studio geeft een melding als een reactie de laatste {{hours}} uur van de reactietijd ingaat en als hij te laat is, één keer per ronde. De titel van het venster toont hoeveel reacties vandaag af moeten, bijvoorbeeld (2) PASSIE Studio.',
    switch: 'Meldingen tonen',
    privacy:
      'Meldingen kunnen ook op een vergrendeld scherm verschijnen. Daarom noemen ze nooit een cliënt, een traject of tekst uit een dossier: alleen aantallen, datums en tijden.',
    permission: {
      granted: 'Deze browser mag meldingen van de studio tonen.',
      default: 'Deze browser toont meldingen pas als u dat toestaat.',
      denied:
        'Deze browser blokkeert meldingen van de studio. Sta ze toe in de site-instellingen van de browser (het pictogram naast het adres).',
      unsupported: 'Deze browser kan geen meldingen tonen; de titel van het tabblad toont wel het aantal.',
      allow: 'Meldingen toestaan',
    },
  },
};

const en: typeof nl = {
  round: {
    lastHours: 'Less than {{hours}} hours left for a reply',
    overdue: 'A reply is overdue',
    body: 'Answers received {{received}}; reply promised by {{due}}.',
  },
  count: {
    lastHours: '{{n}} replies have less than {{hours}} hours left',
    overdue: '{{n}} replies are overdue',
    mixed: '{{n}} replies are waiting for you',
    mixedBody: '{{overdue}} overdue, {{lastHours}} with less than {{hours}} hours left.',
    body: 'Open PASSIE Studio to see them.',
  },
  card: {
    title: 'Notifications',
    intro:
      'The studio notifies you when a reply enters the last {{hours}} hours of the response time and when it is overdue, once per round. The window title shows how many replies are due today, for example (2) PASSIE Studio.',
    switch: 'Show notifications',
    privacy:
      'Notifications can also appear on a locked screen. That is why they never name a client, a traject or any text from a dossier: only counts, dates and times.',
    permission: {
      granted: 'This browser may show notifications from the studio.',
      default: 'This browser shows notifications only once you allow them.',
      denied:
        'This browser blocks notifications from the studio. Allow them in the browser’s site settings (the icon next to the address).',
      unsupported: 'This browser cannot show notifications; the tab’s title still shows the count.',
      allow: 'Allow notifications',
    },
  },
};

export const reminders = { nl, en };
