/**
 * Everything the packet page says, in the coach's language. The client is addressed as "je"/"you": warm and
 * plain, like the questions themselves.
 */
const nl = {
  heading: (coach: string) => (coach ? `Vragen van ${coach}` : 'Vragen van je coach'),
  yourCoach: 'je coach',
  noteLabel: (coach: string) => (coach ? `Een persoonlijk bericht van ${coach}` : 'Een persoonlijk bericht'),
  intro:
    'Neem gerust de tijd: je kunt dit venster sluiten en later verdergaan. Wat je schrijft, wordt versleuteld op dit apparaat bewaard, en gewist zodra je laat weten dat je het hebt verstuurd.',
  questionsLabel: 'De vragen',
  questionNumber: (number: number) => `Vraag ${number}`,
  words: (count: number) => (count === 1 ? '1 woord' : `${count} woorden`),
  savedIdle: 'Wat je schrijft, wordt op dit apparaat bewaard.',
  saved: 'Bewaard op dit apparaat',
  saveFailed:
    'Bewaren op dit apparaat lukt niet in deze browser. Laat dit venster open tot je je antwoorden hebt verstuurd.',
  /** The studio takes in one file per packet (its id is the packet's), so a second send only helps a lost first. */
  sentBefore: (date: string) =>
    `Je hebt je antwoorden op ${date} al verstuurd. Je coach kan van dit pakket maar één bestand overnemen: verstuur alleen opnieuw als het eerste niet is aangekomen. Wil je iets toevoegen? Vraag je coach dan om een nieuw pakket.`,
  toReview: 'Lees alles nog eens na',
  reviewHeading: 'Lees alles nog eens na',
  reviewIntro:
    'Lees je antwoorden rustig door, zoals je coach ze straks leest. Wil je nog iets veranderen? Ga dan terug en pas het aan.',
  unanswered: 'Nog niet beantwoord: deze vraag gaat niet mee.',
  nothingToSend: 'Je hebt nog geen enkele vraag beantwoord. Ga terug om te schrijven.',
  back: 'Terug om aan te passen',
  send: 'Versturen naar mijn coach',
  sending: 'Bezig met versleutelen…',
  sendFailed:
    'Het versleutelen lukte niet in deze browser. Probeer het opnieuw, of open dit bestand in een recente versie van Chrome, Edge, Firefox of Safari.',
  sentHeading: 'Je antwoorden staan klaar',
  /**
   * `{file}` marks where the file's name goes (set apart, so it does not break across lines), `{email}` where the
   * coach's e-mail address goes, when the coach has one.
   */
  sentExplain: (coach: string, hasEmail: boolean) =>
    `Je browser heeft je antwoorden versleuteld bewaard als {file}, meestal in de map Downloads. Stuur dat bestand als bijlage in een e-mail aan ${coach}${hasEmail ? ' op {email}' : ''}: alleen ${coach} kan het openen.`,
  downloadAgain: 'Bestand nog eens bewaren',
  backToAnswers: 'Terug naar mijn antwoorden',
  confirmHeading: 'Heb je het bestand verstuurd?',
  confirmIntro:
    'Je antwoorden staan nog versleuteld in deze browser, voor het geval je het bestand opnieuw moet bewaren. Zodra je e-mail met het bestand weg is, wis je ze hier.',
  confirmSent: 'Ja, verstuurd: wis mijn antwoorden van dit apparaat',
  cleared: 'Je antwoorden zijn van dit apparaat gewist.',
  /** `client` is already safe for a file name (the studio's `safeSlug`). */
  fileName: (client: string, date: string) => `antwoorden-${client}-${date}.passie`,
  privacyTitle: 'Over je privacy',
  privacy: (coach: string) =>
    `Deze pagina maakt geen verbinding met internet. Je antwoorden worden hier, op je eigen apparaat, versleuteld, zodat alleen ${coach} ze kan lezen.`,
  fingerprint:
    'Wil je zeker weten dat dit pakket echt van je coach komt? Vraag naar de vingerafdruk van de sleutel en vergelijk die met deze:',
  damaged: 'Dit bestand is beschadigd. Vraag je coach om een nieuw.',
  noScript:
    'Deze pagina heeft JavaScript nodig. Open het bestand in een gewone browser zoals Chrome, Edge, Firefox of Safari.',
};

const en: typeof nl = {
  heading: (coach) => (coach ? `Questions from ${coach}` : 'Questions from your coach'),
  yourCoach: 'your coach',
  noteLabel: (coach) => (coach ? `A personal message from ${coach}` : 'A personal message'),
  intro:
    'Take your time: you can close this window and carry on later. What you write is kept on this device, encrypted, and cleared as soon as you confirm you have sent it.',
  questionsLabel: 'The questions',
  questionNumber: (number) => `Question ${number}`,
  words: (count) => (count === 1 ? '1 word' : `${count} words`),
  savedIdle: 'What you write is kept on this device.',
  saved: 'Saved on this device',
  saveFailed:
    'This browser does not let the page save on this device. Keep this window open until you have sent your answers.',
  sentBefore: (date) =>
    `You sent your answers on ${date}. Your coach can take in only one file from this packet: send again only if the first did not arrive. Would you like to add something? Then ask your coach for a new packet.`,
  toReview: 'Read everything through once more',
  reviewHeading: 'Read everything through once more',
  reviewIntro:
    'Read your answers calmly, the way your coach will read them. Would you like to change something? Go back and adjust it.',
  unanswered: 'Not answered yet: this question is left out.',
  nothingToSend: 'You have not answered any question yet. Go back to write.',
  back: 'Go back to adjust',
  send: 'Send to my coach',
  sending: 'Encrypting…',
  sendFailed:
    'Encrypting did not work in this browser. Please try again, or open this file in a recent version of Chrome, Edge, Firefox or Safari.',
  sentHeading: 'Your answers are ready',
  sentExplain: (coach, hasEmail) =>
    `Your browser has saved your answers, encrypted, as {file}, usually in your Downloads folder. Attach that file to an e-mail to ${coach}${hasEmail ? ' at {email}' : ''}: only ${coach} can open it.`,
  downloadAgain: 'Save the file again',
  backToAnswers: 'Back to my answers',
  confirmHeading: 'Have you sent the file?',
  confirmIntro:
    'Your answers are still kept in this browser, encrypted, in case you need to save the file again. Once your e-mail with the file has gone, clear them here.',
  confirmSent: 'Yes, sent: clear my answers from this device',
  cleared: 'Your answers have been cleared from this device.',
  fileName: (client, date) => `answers-${client}-${date}.passie`,
  privacyTitle: 'About your privacy',
  privacy: (coach) =>
    `This page does not connect to the internet. Your answers are encrypted here, on your own device, so that only ${coach} can read them.`,
  fingerprint:
    'Would you like to be sure this packet really comes from your coach? Ask for the fingerprint of the key and compare it with this one:',
  damaged: 'This file is damaged. Please ask your coach for a new one.',
  noScript: 'This page needs JavaScript. Open the file in an ordinary browser such as Chrome, Edge, Firefox or Safari.',
};

export const pageStrings = { nl, en };
export type PageStrings = typeof nl;
