// @vitest-environment jsdom
import { CoachLanguageProvider } from '../../../renderer/src/i18n/coach-language';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedRequestOf } from '../../../shared/api/contract';
import { CatalogueSchema, type Catalogue } from '../../../shared/domain/catalogue';
import { DEFAULT_EMAIL_SETTINGS } from '../../../shared/domain/email-settings';
import { DEFAULT_PASSIE_LABELS } from '../../../shared/domain/passie';
import { defaultSettings, type Settings } from '../../../shared/domain/settings';
import { errorMessages } from '../../../shared/i18n/error-messages';
import { StudioProvider } from '../../../renderer/src/app/studio-context';
import { createI18n } from '../../../renderer/src/i18n';
import { SettingsScreen } from '../../../renderer/src/screens/settings/SettingsScreen';
import { fakeStudio, failure, type Overrides } from '../support/fake-studio';
import { resetDom, warmPassphrasePolicy } from '../support/render-app';

beforeAll(warmPassphrasePolicy);
afterEach(() => {
  resetDom();
  cleanup();
});

const starter: Catalogue = {
  places: [
    {
      id: 'haven',
      name: { nl: 'Veilige haven', en: 'Safe harbour' },
      questions: [{ id: 'haven-1', text: { nl: 'Wat is jouw veilige haven?', en: 'What is your safe harbour?' } }],
    },
  ],
};

function settingsWorld(extra: Overrides = {}) {
  const world = { settings: structuredClone(defaultSettings('nl')) as Settings, catalogue: structuredClone(starter) };
  const fake = fakeStudio(
    { vault: 'unlocked', passphrase: 'blauwe koffie op de dijk' },
    {
      'settings.get': () => ({ ok: true, value: world.settings }),
      'settings.update': (request) => {
        world.settings = { ...world.settings, ...(request as ParsedRequestOf<'settings.update'>) };
        return { ok: true, value: world.settings };
      },
      'catalogue.list': () => ({ ok: true, value: world.catalogue }),
      'signing.show': () => ({ ok: true, value: {} }),
      'packet.key': () => ({ ok: true, value: { fingerprint: FINGERPRINT, createdAt: '2026-11-20T10:00:00.000Z' } }),
      'catalogue.save': (request) => {
        world.catalogue = CatalogueSchema.parse(request);
        return { ok: true, value: world.catalogue };
      },
      'catalogue.import': (request) => {
        const imported = request as Catalogue;
        world.catalogue = { places: [...world.catalogue.places, ...imported.places] };
        return {
          ok: true,
          value: {
            places: imported.places.length,
            questions: imported.places.flatMap((place) => place.questions).length,
          },
        };
      },
      ...extra,
    },
  );
  return { world, fake };
}

async function openSettings(world = settingsWorld()) {
  const i18n = createI18n('nl');
  render(
    <I18nextProvider i18n={i18n}>
      <StudioProvider studio={world.fake.studio}>
        {/* The unlocked shell's: the coach's language is stored while the vault is open. */}
        <CoachLanguageProvider>
          <SettingsScreen />
        </CoachLanguageProvider>
      </StudioProvider>
    </I18nextProvider>,
  );
  await screen.findByRole('heading', { level: 2, name: 'Instellingen' });
  return { ...world, i18n };
}

const card = (name: string) => screen.getByRole('region', { name });
const FINGERPRINT = '3f2a91c0'.repeat(8);
const updates = (fake: ReturnType<typeof settingsWorld>['fake']) =>
  fake.calls.filter((call) => call.method === 'settings.update').map((call) => call.request);

describe('the settings screen', () => {
  it('opens with the focus on its heading and every part in view', async () => {
    await openSettings();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Instellingen' }));
    expect(
      screen
        .getAllByRole('region')
        .map(
          (region) => region.getAttribute('aria-labelledby') && within(region).getAllByRole('heading')[0]!.textContent,
        ),
    ).toEqual([
      'Uw gegevens',
      'E-mail aan cliënten',
      'Werkwijze',
      'Meldingen',
      'Taal',
      'Weergave',
      'Namen van de PASSIE-blokken',
      'Zinnen per blok',
      'Vragencatalogus',
      'Ondertekening',
      'Sleutel voor antwoordpakketten',
      'Tijdstempel',
      'Beveiliging',
      'Back-up',
    ]);
  });

  it('shows the answer-packet key by its fingerprint, in groups of four to read aloud', async () => {
    await openSettings();
    const packetKey = card('Sleutel voor antwoordpakketten');
    const fingerprint = await within(packetKey).findByText(/^3F2A 91C0/);
    expect(fingerprint.textContent).toBe(Array(8).fill('3F2A 91C0').join(' '));
    expect(within(packetKey).getByText('Vingerafdruk')).toBeDefined();
    expect(within(packetKey).getByText('20 nov 2026')).toBeDefined();
  });

  it('says in the shared sentence when the answer-packet key cannot be opened', async () => {
    await openSettings(settingsWorld({ 'packet.key': () => failure('packet_key_damaged') }));
    const packetKey = card('Sleutel voor antwoordpakketten');
    expect((await within(packetKey).findByRole('alert')).textContent).toBe(errorMessages.nl.packet_key_damaged);
  });

  it('shows the shared sentence when the settings cannot be read', async () => {
    const world = settingsWorld({ 'settings.get': () => failure('settings_damaged') });
    render(
      <I18nextProvider i18n={createI18n('nl')}>
        <StudioProvider studio={world.fake.studio}>
          <SettingsScreen />
        </StudioProvider>
      </I18nextProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.nl.settings_damaged);
  });

  it('checks the profile before saving it, then saves it trimmed', async () => {
    const { fake, world } = await openSettings();
    const profile = card('Uw gegevens');
    fireEvent.change(within(profile).getByLabelText('Naam'), { target: { value: '  Marieke Jansen ' } });
    fireEvent.change(within(profile).getByLabelText('E-mailadres'), { target: { value: 'marieke@' } });
    fireEvent.click(within(profile).getByRole('button', { name: 'Opslaan' }));
    const email = within(profile).getByLabelText('E-mailadres');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(within(profile).getByText(/Dit lijkt geen e-mailadres/)).toBeDefined();
    expect(within(profile).getByRole('alert').textContent).toContain('verbeter eerst wat hieronder is gemarkeerd');
    expect(updates(fake)).toEqual([]);

    fireEvent.change(email, { target: { value: 'marieke@praktijk.example' } });
    fireEvent.click(within(profile).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(within(profile).getByRole('status').textContent).toBe('Opgeslagen.'));
    expect(updates(fake)).toEqual([
      { coach: { name: 'Marieke Jansen', practice: '', email: 'marieke@praktijk.example' } },
    ]);
    expect(world.settings.coach.name).toBe('Marieke Jansen');
  });

  it('sets the e-mail per language with its fields listed, checks it, saves it, and shows an example as typed', async () => {
    const world = settingsWorld();
    world.world.settings.coach = { name: 'Marieke Jansen', practice: 'Praktijk De Linde', email: '' };
    const { fake } = await openSettings(world);
    const email = card('E-mail aan cliënten');
    expect(within(email).getByText('{voornaam}')).toBeDefined();
    expect(within(email).getByText('de naam waarmee u de cliënt aanspreekt')).toBeDefined();
    expect(within(email).queryByText('{firstName}')).toBeNull();
    const example = within(email).getByRole('figure', {
      name: 'Voorbeeld: zo leest een cliënt die Anna heet uw e-mail',
    });
    const text = () => example.querySelector('pre')!.textContent;
    expect(within(example).getByText('Mijn reactie op je antwoorden (ronde 2)')).toBeDefined();
    expect(text()).toMatch(/^Beste Anna,\n\nWat mooi dat je zo eerlijk schreef/);
    expect(text()).toMatch(/\n\nHartelijke groet,\nMarieke Jansen$/);

    // The example follows every keystroke, in the language chosen for it.
    fireEvent.change(within(email).getByLabelText('Aanhef (Nederlands, mag leeg)'), {
      target: { value: 'Hoi {voornaam} van {praktijk}!' },
    });
    fireEvent.change(within(email).getByLabelText('Handtekening onder elke e-mail (mag leeg)'), {
      target: { value: 'Marieke Jansen\nwww.delinde.example' },
    });
    expect(text()).toMatch(/^Hoi Anna van Praktijk De Linde!\n\n/);
    expect(text()).toMatch(/\n\n-- \nMarieke Jansen\nwww\.delinde\.example$/);
    fireEvent.click(within(email).getByRole('checkbox', { name: 'Toon de kopjes van de blokken in de e-mail' }));
    expect(text()).toContain('P — Positief benoemen\n');
    fireEvent.click(within(example).getByRole('radio', { name: 'Engels' }));
    expect(within(example).getByText('My reply to your answers (round 2)')).toBeDefined();
    expect(text()).toMatch(/^Dear Anna,\n\nP — Name the positive\n\nHow good that you wrote/);

    // An empty subject and a greeting past its limit: said on the fields, nothing saved.
    const subjectEn = within(email).getByLabelText('Onderwerp (Engels)');
    fireEvent.change(subjectEn, { target: { value: '   ' } });
    fireEvent.change(within(email).getByLabelText('Aanhef (Engels, mag leeg)'), { target: { value: 'x'.repeat(501) } });
    fireEvent.click(within(email).getByRole('button', { name: 'Opslaan' }));
    expect(subjectEn.getAttribute('aria-invalid')).toBe('true');
    expect(within(email).getByText('Vul dit in.')).toBeDefined();
    expect(within(email).getByText('Dit is te lang: hooguit 500 tekens.')).toBeDefined();
    expect(within(email).getByRole('alert').textContent).toContain('verbeter eerst wat hieronder is gemarkeerd');
    expect(updates(fake)).toEqual([]);

    fireEvent.change(subjectEn, { target: { value: ' Your answers, round {round} ' } });
    fireEvent.change(within(email).getByLabelText('Aanhef (Engels, mag leeg)'), {
      target: { value: 'Hi {firstName},' },
    });
    fireEvent.click(within(email).getByRole('button', { name: 'Opslaan' }));
    await within(email).findByText('Opgeslagen.');
    expect(updates(fake)).toEqual([
      {
        email: {
          nl: { ...DEFAULT_EMAIL_SETTINGS.nl, greeting: 'Hoi {voornaam} van {praktijk}!' },
          en: { ...DEFAULT_EMAIL_SETTINGS.en, subject: 'Your answers, round {round}', greeting: 'Hi {firstName},' },
          signature: 'Marieke Jansen\nwww.delinde.example',
          headings: true,
        },
      },
    ]);
    expect(subjectEn).toHaveProperty('value', 'Your answers, round {round}');

    // The defaults come back for the three texts in both languages; the signature and the headings stay.
    fireEvent.click(within(email).getByRole('button', { name: 'Standaardteksten herstellen' }));
    expect(subjectEn).toHaveProperty('value', DEFAULT_EMAIL_SETTINGS.en.subject);
    expect(within(email).getByLabelText('Aanhef (Nederlands, mag leeg)')).toHaveProperty('value', 'Beste {voornaam},');
    expect(within(email).getByLabelText('Handtekening onder elke e-mail (mag leeg)')).toHaveProperty(
      'value',
      'Marieke Jansen\nwww.delinde.example',
    );
    expect(within(email).getByText(/staan weer op de standaard, in beide talen/)).toBeDefined();
    expect(text()).toMatch(/^Dear Anna,\n\n/);
    expect(within(email).queryByText('Opgeslagen.')).toBeNull();
  });

  it('labels every field of the e-mail card, and lists the fields in English on an English screen', async () => {
    const { i18n } = await openSettings();
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    const email = card('E-mail to clients');
    expect(within(email).getByText('{firstName}')).toBeDefined();
    const controls = email.querySelectorAll('input, textarea');
    // Six templates, the signature, the headings, the example's two languages.
    expect(controls.length).toBe(10);
    for (const control of controls) {
      const labels = (control as HTMLInputElement).labels;
      expect(labels?.length ?? 0, control.outerHTML).toBeGreaterThan(0);
      expect(labels![0]!.textContent!.trim(), control.outerHTML).not.toBe('');
    }
  });

  it('takes whole numbers within their limits for the way of working', async () => {
    const { fake } = await openSettings();
    const work = card('Werkwijze');
    fireEvent.change(within(work).getByLabelText('Reactietijd in uren'), { target: { value: '48,5' } });
    fireEvent.change(within(work).getByLabelText('Automatisch vergrendelen na (minuten)'), {
      target: { value: '500' },
    });
    fireEvent.click(within(work).getByRole('button', { name: 'Opslaan' }));
    expect(within(work).getByText('Vul een heel getal in van 1 tot en met 336.')).toBeDefined();
    expect(within(work).getByText('Vul een heel getal in van 1 tot en met 240.')).toBeDefined();
    expect(updates(fake)).toEqual([]);
    fireEvent.change(within(work).getByLabelText('Reactietijd in uren'), { target: { value: '24' } });
    fireEvent.change(within(work).getByLabelText('Automatisch vergrendelen na (minuten)'), { target: { value: '5' } });
    fireEvent.click(within(work).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(updates(fake)).toEqual([{ responseHours: 24, autoLockMinutes: 5, retentionYears: 2 }]));
    // The security card follows the saved auto-lock time.
    await screen.findByText('De kluis vergrendelt zichzelf na 5 minuten zonder activiteit.');
  });

  it('takes a timestamp service only by its http(s) address, and turns it off again with an empty field', async () => {
    const { fake, world } = await openSettings();
    const stamp = card('Tijdstempel');
    expect(within(stamp).getByText('Er wordt geen tijdstempel gebruikt.')).toBeDefined();
    const field = within(stamp).getByLabelText('Adres van de tijdstempeldienst');
    fireEvent.change(field, { target: { value: 'ftp://tsa.example' } });
    fireEvent.click(within(stamp).getByRole('button', { name: 'Opslaan' }));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(updates(fake)).toEqual([]);

    fireEvent.change(field, { target: { value: ' https://tsa.example/rfc3161 ' } });
    fireEvent.click(within(stamp).getByRole('button', { name: 'Opslaan' }));
    await within(stamp).findByText('Elke ondertekende PDF krijgt een tijdstempel.');
    expect(world.settings.timestampUrl).toBe('https://tsa.example/rfc3161');

    fireEvent.change(field, { target: { value: '' } });
    fireEvent.click(within(stamp).getByRole('button', { name: 'Opslaan' }));
    await within(stamp).findByText('Er wordt geen tijdstempel gebruikt.');
    expect(updates(fake)).toEqual([{ timestampUrl: 'https://tsa.example/rfc3161' }, { timestampUrl: '' }]);
  });

  it('shows the studio’s refusal in its shared sentence', async () => {
    const { fake } = await openSettings(settingsWorld({ 'settings.update': () => failure('vault_locked') }));
    const work = card('Werkwijze');
    fireEvent.click(within(work).getByRole('button', { name: 'Opslaan' }));
    expect((await within(work).findByRole('alert')).textContent).toBe(errorMessages.nl.vault_locked);
    expect(fake.methods()).toContain('settings.update');
  });

  it('switches the language at once, keeps it on this computer and in the settings', async () => {
    const { fake, i18n } = await openSettings();
    fireEvent.click(within(card('Taal')).getByRole('radio', { name: 'English' }));
    await screen.findByRole('heading', { level: 2, name: 'Settings' });
    expect(i18n.language).toBe('en');
    expect(window.localStorage.getItem('passie.language')).toBe('en');
    await waitFor(() => expect(updates(fake)).toEqual([{ language: 'en' }]));
    expect(within(card('Language')).getByRole('status').textContent).toBe('The language has been changed and saved.');
  });

  it('renames blocks in both languages, refuses an empty name, and restores the defaults', async () => {
    const { fake } = await openSettings();
    const labels = card('Namen van de PASSIE-blokken');
    fireEvent.change(within(labels).getByLabelText('A (2 van 7) in het Nederlands'), {
      target: { value: 'Afstemmen' },
    });
    fireEvent.change(within(labels).getByLabelText('E (6 van 7) in het Engels'), { target: { value: ' ' } });
    fireEvent.click(within(labels).getByRole('button', { name: 'Opslaan' }));
    expect(within(labels).getByText('Vul dit in.')).toBeDefined();
    expect(updates(fake)).toEqual([]);
    fireEvent.change(within(labels).getByLabelText('E (6 van 7) in het Engels'), { target: { value: 'Small step' } });
    fireEvent.click(within(labels).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(updates(fake)).toHaveLength(1));
    expect(updates(fake)[0]).toEqual({
      passieLabels: {
        nl: { ...DEFAULT_PASSIE_LABELS.nl, a: 'Afstemmen' },
        en: { ...DEFAULT_PASSIE_LABELS.en, e: 'Small step' },
      },
    });

    fireEvent.click(within(labels).getByRole('button', { name: 'Standaardnamen herstellen' }));
    expect((within(labels).getByLabelText('A (2 van 7) in het Nederlands') as HTMLInputElement).value).toBe(
      'Aansluiten',
    );
    expect(within(labels).getByText('De standaardnamen staan weer ingevuld. Sla op om ze te bewaren.')).toBeDefined();
  });

  it('adds, moves and removes phrases per block and language', async () => {
    const { fake } = await openSettings();
    const phrases = card('Zinnen per blok');
    const block = phrases.querySelector('details[data-passie-key="s1"]') as HTMLDetailsElement;
    expect(within(block).getByText('2 zinnen')).toBeDefined();
    fireEvent.click(within(block).getByRole('button', { name: 'Zin toevoegen' }));
    fireEvent.change(within(block).getByLabelText('Zin 3'), { target: { value: 'Kort gezegd:' } });
    fireEvent.click(within(block).getByRole('button', { name: 'Zin 3: Omhoog' }));
    fireEvent.click(within(block).getByRole('button', { name: 'Zin 3: Verwijderen' }));

    fireEvent.click(within(phrases).getByRole('radio', { name: 'Engels' }));
    const english = phrases.querySelector('details[data-passie-key="e"]') as HTMLDetailsElement;
    fireEvent.click(within(english).getByRole('button', { name: 'Zin toevoegen' }));
    fireEvent.click(within(phrases).getByRole('button', { name: 'Opslaan' }));
    // An empty phrase: said, its block opened, nothing saved.
    expect(within(english).getByText('Vul de zin in of verwijder hem.')).toBeDefined();
    expect(english.open).toBe(true);
    expect(updates(fake)).toEqual([]);
    fireEvent.click(within(english).getByRole('button', { name: 'Zin 4: Verwijderen' }));
    fireEvent.click(within(phrases).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(updates(fake)).toHaveLength(1));
    const saved = (updates(fake)[0] as Pick<Settings, 'snippets'>).snippets;
    expect(saved.nl.s1).toEqual(['Als ik het samenvat, schrijf je dat', 'Kort gezegd:']);
    expect(saved.en).toEqual(defaultSettings('nl').snippets.en);
  });

  it('edits the catalogue: a new place with a question, checked in both languages, saved whole', async () => {
    const { fake, world } = await openSettings();
    const catalogue = card('Vragencatalogus');
    fireEvent.click(within(catalogue).getByRole('button', { name: 'Plaats toevoegen' }));
    const names = within(catalogue).getAllByLabelText('Naam (Nederlands)');
    await waitFor(() => expect(document.activeElement).toBe(names.at(-1)));
    fireEvent.change(names.at(-1)!, { target: { value: 'Vriendschap' } });
    const places = catalogue.querySelectorAll('details.place-editor');
    const added = places[places.length - 1] as HTMLDetailsElement;
    fireEvent.click(within(added).getByRole('button', { name: 'Vraag toevoegen' }));
    fireEvent.change(within(added).getByLabelText('Vraag 1 (Nederlands)'), { target: { value: 'Wie belt u?' } });
    fireEvent.click(within(catalogue).getByRole('button', { name: 'Catalogus opslaan' }));
    expect(within(added).getAllByText('Vul dit in.')).toHaveLength(2);
    expect(fake.methods()).not.toContain('catalogue.save');

    fireEvent.change(within(added).getByLabelText('Naam (Engels)'), { target: { value: 'Friendship' } });
    fireEvent.change(within(added).getByLabelText('Vraag 1 (Engels)'), { target: { value: 'Whom do you call?' } });
    fireEvent.change(within(added).getByLabelText('Beschrijving (Nederlands, mag leeg)'), {
      target: { value: 'Over vrienden.' },
    });
    fireEvent.click(within(catalogue).getByRole('button', { name: 'Catalogus opslaan' }));
    expect(within(added).getByText('Vul dit in beide talen in, of laat het in beide talen leeg.')).toBeDefined();
    fireEvent.change(within(added).getByLabelText('Beschrijving (Nederlands, mag leeg)'), { target: { value: '' } });
    fireEvent.click(within(catalogue).getByRole('button', { name: 'Catalogus opslaan' }));
    await waitFor(() => expect(fake.methods()).toContain('catalogue.save'));
    const place = world.catalogue.places[1]!;
    expect(place).toMatchObject({ name: { nl: 'Vriendschap', en: 'Friendship' } });
    expect(place.description).toBeUndefined();
    expect(place.id).toMatch(/^plaats-[0-9a-f]{8}$/);
    expect(place.questions).toEqual([
      { id: expect.stringMatching(/^vraag-[0-9a-f]{8}$/), text: { nl: 'Wie belt u?', en: 'Whom do you call?' } },
    ]);

    // Removing a question and a place, then saving, leaves the first place as it was.
    fireEvent.click(within(added).getByRole('button', { name: 'Vraag 1 verwijderen' }));
    fireEvent.click(within(added).getByRole('button', { name: 'Plaats verwijderen' }));
    fireEvent.click(within(catalogue).getByRole('button', { name: 'Catalogus opslaan' }));
    await waitFor(() => expect(world.catalogue).toEqual(starter));
  });

  it('imports a catalogue file, and says plainly when a file is none', async () => {
    const { fake } = await openSettings();
    const catalogue = card('Vragencatalogus');
    const input = catalogue.querySelector('input[type="file"]') as HTMLInputElement;
    const choose = async (name: string, content: string) => {
      const file = new File([content], name, { type: 'application/json' });
      await act(async () => {
        fireEvent.change(input, { target: { files: [file] } });
      });
    };

    await choose('kapot.json', '{"places": [');
    expect((await within(catalogue).findByRole('alert')).textContent).toBe(errorMessages.nl.catalogue_invalid);
    await choose(
      'verkeerd.json',
      JSON.stringify({ places: [{ id: 'x', name: { nl: 'Alleen Nederlands' }, questions: [] }] }),
    );
    expect((await within(catalogue).findByRole('alert')).textContent).toBe(errorMessages.nl.catalogue_invalid);
    expect(fake.methods()).not.toContain('catalogue.import');

    const good: Catalogue = {
      places: [
        {
          id: 'humor',
          name: { nl: 'Humor', en: 'Humour' },
          questions: [
            { id: 'humor-1', text: { nl: 'Waar lach je om?', en: 'What makes you laugh?' } },
            { id: 'humor-2', text: { nl: 'Wie laat je lachen?', en: 'Who makes you laugh?' } },
          ],
        },
      ],
    };
    await choose('humor.json', JSON.stringify(good));
    expect(await within(catalogue).findByText('Geïmporteerd: 1 plaats en 2 vragen.')).toBeDefined();
    expect(within(catalogue).getByText('Humor')).toBeDefined();
    expect(within(catalogue).getByRole('button', { name: 'Bestand kiezen…' })).toBeDefined();
  });

  it('changes the passphrase from the security card, and the focus returns to its button', async () => {
    const { fake } = await openSettings();
    const security = card('Beveiliging');
    fireEvent.click(within(security).getByRole('button', { name: 'Wachtwoord wijzigen' }));
    fireEvent.change(within(security).getByLabelText('Huidig wachtwoord'), {
      target: { value: 'blauwe koffie op de dijk' },
    });
    fireEvent.change(within(security).getByLabelText('Nieuw wachtwoord'), {
      target: { value: 'rode fiets blauwe maan' },
    });
    fireEvent.change(within(security).getByLabelText('Herhaal het nieuwe wachtwoord'), {
      target: { value: 'rode fiets blauwe maan' },
    });
    const submit = within(security).getByRole('button', { name: 'Wachtwoord wijzigen' });
    await waitFor(() => expect(submit).toHaveProperty('disabled', false));
    fireEvent.click(submit);
    await within(security).findByText('Uw wachtwoord is gewijzigd. Uw herstelsleutel blijft dezelfde.');
    expect(fake.state.passphrase).toBe('rode fiets blauwe maan');
    expect(document.activeElement).toBe(within(security).getByRole('button', { name: 'Wachtwoord wijzigen' }));
  });
});
