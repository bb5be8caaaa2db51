/** Closing trajects, and the archive of closed ones (`archive.*`). */
const nl = {
  close: {
    title: 'Traject afsluiten',
    intro:
      'Afsluiten maakt het definitieve ondertekende dossier, zet het traject met alles erin in één versleuteld archief en haalt het uit de actieve lijst.',
    open: 'Traject afsluiten…',
    retention: 'Bewaartermijn na afsluiten (jaren)',
    retentionHint: 'Hoe lang u het dossier bewaart, zoals afgesproken met de cliënt (1 tot 20 jaar).',
    retentionInvalid: 'Kies een heel aantal jaren van 1 tot 20.',
    confirm: 'Afsluiten en archiveren',
    busy: 'Ondertekenen en archiveren…',
    cancel: 'Annuleren',
    warning: 'Na het afsluiten kunt u niets meer toevoegen. Terugzetten uit het archief kan altijd (alleen-lezen).',
  },
  screen: {
    title: 'Archief',
    intro: 'Afgesloten trajecten, versleuteld bewaard tot het einde van hun bewaartermijn.',
    filter: 'Zoek op cliënt of traject',
    empty: 'Er zijn nog geen afgesloten trajecten.',
    noMatch: 'Geen archief past bij deze zoekterm.',
    closed: 'Afgesloten {{date}}',
    until: 'Bewaren tot {{date}}',
    groups: {
      due: 'Vervallen: mogen worden vernietigd',
      dueSoon: 'Vervalt binnenkort',
      active: 'Bewaard',
    },
    closedNow: '“{{title}}” is afgesloten en gearchiveerd.',
  },
  actions: {
    verify: 'Controleren',
    verified: 'Het archief is ongeschonden ({{entries}} onderdelen).',
    pdf: 'Ondertekende PDF',
    restore: 'Terugzetten',
    restored: 'Het traject staat weer in de lijst (afgesloten, alleen-lezen).',
    openRestored: 'Traject openen',
    destroy: 'Vernietigen…',
    destroyTitle: 'Archief vernietigen',
    destroyWarning:
      'Het archief van “{{title}}” wordt definitief verwijderd; alleen een regel zonder persoonsgegevens blijft in het logboek. Dit kan niet ongedaan worden gemaakt.',
    destroyEarly:
      'De bewaartermijn is nog niet voorbij. Vernietig alleen met een goede reden (bijvoorbeeld een verzoek van de cliënt).',
    reason: 'Reden',
    reasonEmpty: 'Vul een reden in; die komt in het logboek.',
    confirmTitle: 'Typ de titel van het traject om te bevestigen',
    confirmMismatch: 'De titel komt niet overeen.',
    destroyConfirm: 'Definitief vernietigen',
    destroyed: 'Het archief is vernietigd.',
    cancel: 'Annuleren',
    busy: 'Bezig…',
  },
  reminder: {
    title_one: '{{count}} archief heeft zijn bewaartermijn bereikt',
    title_other: '{{count}} archieven hebben hun bewaartermijn bereikt',
    body: 'Bewaar niet langer dan afgesproken: bekijk ze in het archief.',
    open: 'Naar het archief',
    later: 'Volgende week weer',
  },
};

const en: typeof nl = {
  close: {
    title: 'Close traject',
    intro:
      'Closing makes the final signed dossier, packs the traject with everything in it into one encrypted archive and takes it off the active list.',
    open: 'Close traject…',
    retention: 'Retention after closing (years)',
    retentionHint: 'How long you keep the dossier, as agreed with the client (1 to 20 years).',
    retentionInvalid: 'Choose a whole number of years from 1 to 20.',
    confirm: 'Close and archive',
    busy: 'Signing and archiving…',
    cancel: 'Cancel',
    warning: 'After closing nothing can be added. Restoring from the archive is always possible (read-only).',
  },
  screen: {
    title: 'Archive',
    intro: 'Closed trajects, kept encrypted until the end of their retention period.',
    filter: 'Search by client or traject',
    empty: 'There are no closed trajects yet.',
    noMatch: 'No archive matches this search.',
    closed: 'Closed {{date}}',
    until: 'Keep until {{date}}',
    groups: {
      due: 'Expired: may be destroyed',
      dueSoon: 'Expiring soon',
      active: 'Kept',
    },
    closedNow: '“{{title}}” has been closed and archived.',
  },
  actions: {
    verify: 'Verify',
    verified: 'The archive is intact ({{entries}} parts).',
    pdf: 'Signed PDF',
    restore: 'Restore',
    restored: 'The traject is back in the list (closed, read-only).',
    openRestored: 'Open traject',
    destroy: 'Destroy…',
    destroyTitle: 'Destroy archive',
    destroyWarning:
      'The archive of “{{title}}” is removed for good; only a line without personal data stays in the log. This cannot be undone.',
    destroyEarly:
      'The retention period has not ended yet. Only destroy it for a good reason (such as a request from the client).',
    reason: 'Reason',
    reasonEmpty: 'Fill in a reason; it goes into the log.',
    confirmTitle: 'Type the title of the traject to confirm',
    confirmMismatch: 'The title does not match.',
    destroyConfirm: 'Destroy for good',
    destroyed: 'The archive has been destroyed.',
    cancel: 'Cancel',
    busy: 'Working…',
  },
  reminder: {
    title_one: '{{count}} archive has reached its retention date',
    title_other: '{{count}} archives have reached their retention date',
    body: 'Keep nothing longer than agreed: review them in the archive.',
    open: 'Go to the archive',
    later: 'Remind me next week',
  },
};

export const archive = { nl, en };
