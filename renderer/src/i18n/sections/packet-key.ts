/** The coach's key for answer packets, as settings show it (`packetKey.*`). */
const nl = {
  title: 'Sleutel voor antwoordpakketten',
  intro:
    'Cliënten versleutelen hun antwoorden in een antwoordpakket met deze sleutel, zodat alleen deze studio ze kan lezen. De vingerafdruk is de naam van de sleutel: lees hem voor als een cliënt wil controleren dat een pakket van u komt.',
  loading: 'De sleutel wordt opgehaald…',
  fingerprint: 'Vingerafdruk',
  createdAt: 'Aangemaakt op',
};

const en: typeof nl = {
  title: 'Key for answer packets',
  intro:
    'Clients encrypt their answers in an answer packet with this key, so that only this studio can read them. The fingerprint is the key’s name: read it aloud when a client wants to check that a packet comes from you.',
  loading: 'Fetching the key…',
  fingerprint: 'Fingerprint',
  createdAt: 'Created on',
};

export const packetKey = { nl, en };
