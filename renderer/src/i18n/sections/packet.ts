/** The answer packet the coach makes for a client in the traject view (`packet.*`). */
const nl = {
  title: 'Antwoordpakket',
  intro:
    'Eén bestand voor uw cliënt: de vragen en uw bericht. Uw cliënt antwoordt offline in de browser en stuurt een versleuteld bestand terug dat alleen deze studio kan openen.',
  open: 'Antwoordpakket maken',
  dialogTitle: 'Antwoordpakket maken',
  dialogIntro:
    'Kies de vragen per plaats of schrijf een eigen vraag. Uw cliënt ziet ze in de volgorde van de catalogus, met uw eigen vragen erna.',
  questions: 'Vragen',
  ownQuestion: 'Eigen vraag',
  ownQuestionHint: 'Een vraag die niet in de catalogus staat, alleen voor dit pakket.',
  addOwn: 'Vraag toevoegen',
  removeOwn: 'Verwijderen: {{question}}',
  ownEmpty: 'Schrijf eerst de vraag.',
  remove: 'Verwijderen',
  chosen_one: '1 vraag gekozen',
  chosen_other: '{{count}} vragen gekozen',
  noQuestions: 'Kies minstens één vraag, of schrijf er een.',
  note: 'Persoonlijk bericht',
  noteHint: 'Staat boven de vragen. Bijvoorbeeld een groet of waar uw cliënt deze week op kan letten.',
  optional: 'optioneel',
  language: 'Taal van het pakket',
  languages: { nl: 'Nederlands', en: 'English' },
  submit: 'Pakket maken en opslaan',
  withReplyTitle: 'Nieuw antwoordpakket bij de e-mail',
  withReplyIntro:
    'Kies de vragen voor de volgende ronde. Het pakket gaat als bijlage mee in het e-mailconcept, in de taal van de cliënt.',
  withReplySubmit: 'E-mailconcept maken',
  busy: 'Pakket maken…',
  cancel: 'Annuleren',
  sendHint:
    'Stuur het bestand als bijlage naar uw cliënt. Het bevat geen sleutel waarmee iemand anders de antwoorden kan lezen.',
};

const en: typeof nl = {
  title: 'Answer packet',
  intro:
    'One file for your client: the questions and your message. Your client answers offline in their browser and sends back an encrypted file that only this studio can open.',
  open: 'Make an answer packet',
  dialogTitle: 'Make an answer packet',
  dialogIntro:
    'Choose questions by place or write a question of your own. Your client sees them in catalogue order, with your own questions after them.',
  questions: 'Questions',
  ownQuestion: 'Question of your own',
  ownQuestionHint: 'A question that is not in the catalogue, for this packet only.',
  addOwn: 'Add question',
  removeOwn: 'Remove: {{question}}',
  ownEmpty: 'First write the question.',
  remove: 'Remove',
  chosen_one: '1 question chosen',
  chosen_other: '{{count}} questions chosen',
  noQuestions: 'Choose at least one question, or write one.',
  note: 'Personal message',
  noteHint: 'Shown above the questions. For instance a greeting, or what your client might pay attention to this week.',
  optional: 'optional',
  language: 'Language of the packet',
  languages: { nl: 'Nederlands', en: 'English' },
  submit: 'Make and save the packet',
  withReplyTitle: 'A new answer packet with the e-mail',
  withReplyIntro:
    'Choose the questions for the next round. The packet goes with the e-mail draft as an attachment, in the client’s language.',
  withReplySubmit: 'Make the e-mail draft',
  busy: 'Making the packet…',
  cancel: 'Cancel',
  sendHint:
    'Send the file to your client as an attachment. It holds no key with which anyone else could read the answers.',
};

export const packet = { nl, en };
