import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EMAIL_SETTINGS } from '../../../shared/domain/email-settings';
import { DEFAULT_PASSIE_LABELS } from '../../../shared/domain/passie';
import { emailSettingsOf, SettingsSchema, type Settings } from '../../../shared/domain/settings';
import { DEFAULT_SNIPPETS } from '../../../shared/domain/snippets';
import { runCli } from '../../support/run-cli';
import { TempStudio } from '../../support/temp-studio';

let temp: TempStudio;

const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(temp, args, env);
const dutch = (args: string[]) => cli(args, { LANG: 'nl_NL.UTF-8' });

/** The settings as `settings show --json` prints them: the whole object, and nothing else on stdout. */
async function shown(): Promise<Settings> {
  const result = await cli(['--json', 'settings', 'show']);
  expect(result, result.stderr).toMatchObject({ code: 0, stderr: '' });
  return SettingsSchema.parse(JSON.parse(result.stdout));
}

/** What `settings show --json` says of stored settings: the e-mail templates in force, set or not. */
const inForce = (settings: Settings): Settings => ({ ...settings, email: emailSettingsOf(settings) });

beforeAll(async () => {
  temp = await TempStudio.open();
}, 60_000);

afterAll(async () => {
  await temp.dispose();
});

// Every command is the real `passie-studio` in its own process, on a vault no studio has open.
describe('passie-studio settings', { timeout: 120_000 }, () => {
  it('shows the settings as a readable list, and with --json as the whole settings object', async () => {
    const expected = await temp.call('settings.get', {});
    expect(expected.email).toBeUndefined();
    await temp.whileClosed(async () => {
      expect(await shown()).toEqual({ ...expected, email: DEFAULT_EMAIL_SETTINGS });

      const human = await cli(['settings', 'show']);
      expect(human, human.stderr).toMatchObject({ code: 0, stderr: '' });
      expect(human.stdout).toBe(
        [
          'Name:              (not filled in)',
          'Practice:          (not filled in)',
          'E-mail address:    (not filled in)',
          'Language:          English (en)',
          'Reply within:      48 hours',
          'Lock after:        10 minutes without activity',
          'Keep archives:     2 years after closing',
          'Timestamp service: none (see passie-studio signing timestamp)',
          'Notifications:     on',
          'Appearance:        as the computer',
          'Phrases:           20 Dutch, 20 English (see passie-studio settings phrases list)',
          'Block names:       Dutch / English',
          '  p_open   Positief benoemen   Name the positive',
          '  a        Aansluiten          Attune',
          '  s1       Samenvatten         Summarise',
          '  s2       Spiegelen           Mirror',
          '  i        Inzicht & vragen    Insight & questions',
          '  e        Eigen stap          Next step',
          '  p_close  Positief afsluiten  Close on the positive',
          'E-mail in Dutch:',
          '  subject         Mijn reactie op je antwoorden (ronde {ronde})',
          '  greeting        Beste {voornaam},',
          '  sign-off        Hartelijke groet,\\n{coach}',
          'E-mail in English:',
          '  subject         My reply to your answers (round {round})',
          '  greeting        Dear {firstName},',
          '  sign-off        Warm regards,\\n{coach}',
          'E-mail in both languages:',
          '  signature       (not filled in)',
          '  block headings  off',
          '',
        ].join('\n'),
      );

      const inDutch = await dutch(['settings', 'show']);
      expect(inDutch.stdout).toContain('Naam:              (niet ingevuld)\n');
      expect(inDutch.stdout).toContain('Vergrendelen na:   10 minuten zonder activiteit\n');
      expect(inDutch.stdout).toContain('Meldingen:         aan\n');
      expect(inDutch.stdout).toContain('E-mail in het Engels:\n  onderwerp     My reply');
    });
  });

  it('sets every field the Settings screen has, trimmed as the screen trims them', async () => {
    await temp.whileClosed(async () => {
      const set = await cli([
        'settings',
        'set',
        '--name',
        '  Marieke Jansen ',
        '--practice',
        'Praktijk X',
        '--email',
        'm@example.com',
        '--language',
        'nl',
        '--response-hours',
        '72',
        '--auto-lock-minutes',
        '15',
        '--retention-years',
        '7',
        '--notifications',
        'off',
        '--theme',
        'dark',
        '--label-nl',
        'a=Verbinden',
        '--label-nl',
        'i= Inzicht = vragen ',
        '--label-en',
        'p_close=End well',
      ]);
      expect(set, set.stderr).toMatchObject({ code: 0, stderr: '' });
      expect(set.stdout).toMatch(/^The settings have been saved\.\n\nName: {14}Marieke Jansen\n/);
      expect(set.stdout).toContain('Reply within:      72 hours\n');
      expect(set.stdout).toContain('Appearance:        dark\n');

      const settings = await shown();
      expect(settings.coach).toEqual({ name: 'Marieke Jansen', practice: 'Praktijk X', email: 'm@example.com' });
      expect(settings).toMatchObject({
        language: 'nl',
        responseHours: 72,
        autoLockMinutes: 15,
        retentionYears: 7,
        notifications: false,
        theme: 'dark',
      });
      expect(settings.passieLabels).toEqual({
        nl: { ...DEFAULT_PASSIE_LABELS.nl, a: 'Verbinden', i: 'Inzicht = vragen' },
        en: { ...DEFAULT_PASSIE_LABELS.en, p_close: 'End well' },
      });

      // One field changes one field: the rest of the coach's details and labels stay.
      const json = await cli(['--json', 'settings', 'set', '--email', '', '--label-en', 'a=Connect']);
      expect(json, json.stderr).toMatchObject({ code: 0, stderr: '' });
      const after = SettingsSchema.parse(JSON.parse(json.stdout));
      expect(after.coach).toEqual({ name: 'Marieke Jansen', practice: 'Praktijk X', email: '' });
      expect(after.passieLabels.en).toEqual({ ...DEFAULT_PASSIE_LABELS.en, a: 'Connect', p_close: 'End well' });
      expect(after.passieLabels.nl.a).toBe('Verbinden');

      const reset = await cli(['--json', 'settings', 'set', '--reset-labels', '--label-nl', 'e=Stap']);
      expect(reset, reset.stderr).toMatchObject({ code: 0 });
      expect(JSON.parse(reset.stdout).passieLabels).toEqual({
        nl: { ...DEFAULT_PASSIE_LABELS.nl, e: 'Stap' },
        en: DEFAULT_PASSIE_LABELS.en,
      });
    });
    // What the CLI saved is what the studio reads.
    expect(await temp.call('settings.get', {})).toMatchObject({
      coach: { name: 'Marieke Jansen', practice: 'Praktijk X', email: '' },
      language: 'nl',
      responseHours: 72,
      autoLockMinutes: 15,
      retentionYears: 7,
    });
  });

  it('sets the e-mail texts per language, a typed \\n as a new line, shows them back, and restores the defaults', async () => {
    await temp.whileClosed(async () => {
      const set = await cli([
        'settings',
        'set',
        '--email-subject-nl',
        ' Reactie op ronde {ronde} ',
        '--email-sign-off-nl',
        'Groet,\\n{coach}\\n{praktijk}',
        '--email-greeting-en',
        'Hi {firstName},',
        '--email-signature',
        'Marieke Jansen\\nwww.delinde.example',
        '--email-headings',
        'on',
      ]);
      expect(set, set.stderr).toMatchObject({ code: 0, stderr: '' });
      // The studio speaks Dutch by now (set above), and shows a line break as it is typed.
      expect(set.stdout).toContain(
        [
          'E-mail in het Nederlands:',
          '  onderwerp     Reactie op ronde {ronde}',
          '  aanhef        Beste {voornaam},',
          '  afsluiting    Groet,\\n{coach}\\n{praktijk}',
          'E-mail in het Engels:',
          '  onderwerp     My reply to your answers (round {round})',
          '  aanhef        Hi {firstName},',
          '  afsluiting    Warm regards,\\n{coach}',
          'E-mail in beide talen:',
          '  handtekening  Marieke Jansen\\nwww.delinde.example',
          '  blokkopjes    aan',
          '',
        ].join('\n'),
      );
      const email = {
        nl: {
          ...DEFAULT_EMAIL_SETTINGS.nl,
          subject: 'Reactie op ronde {ronde}',
          signOff: 'Groet,\n{coach}\n{praktijk}',
        },
        en: { ...DEFAULT_EMAIL_SETTINGS.en, greeting: 'Hi {firstName},' },
        signature: 'Marieke Jansen\nwww.delinde.example',
        headings: true,
      };
      expect((await shown()).email).toEqual(email);

      // One text changes one text; emptied with "".
      const emptied = await cli(['--json', 'settings', 'set', '--email-greeting-en', '']);
      expect(emptied, emptied.stderr).toMatchObject({ code: 0, stderr: '' });
      expect(SettingsSchema.parse(JSON.parse(emptied.stdout)).email).toEqual({
        ...email,
        en: { ...email.en, greeting: '' },
      });
    });
    // What the CLI saved is what the studio composes the e-mail from.
    expect((await temp.call('settings.get', {})).email?.nl.signOff).toBe('Groet,\n{coach}\n{praktijk}');

    await temp.whileClosed(async () => {
      const reset = await cli(['--json', 'settings', 'set', '--reset-email', '--email-headings', 'off']);
      expect(reset, reset.stderr).toMatchObject({ code: 0, stderr: '' });
      expect(SettingsSchema.parse(JSON.parse(reset.stdout)).email).toEqual({
        ...DEFAULT_EMAIL_SETTINGS,
        signature: 'Marieke Jansen\nwww.delinde.example',
      });

      // Counted as saved, each \\n one line break: 2,400 characters typed, 1,799 kept.
      const long = await cli(['--json', 'settings', 'set', '--email-signature', 'ab\\n'.repeat(600)]);
      expect(long, long.stderr).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(long.stdout).email.signature).toBe('ab\n'.repeat(600).trim());
    });
  });

  it('refuses a wrong value with one plain sentence and exit 1, and then saves nothing at all', async () => {
    const before = await temp.call('settings.get', {});
    await temp.whileClosed(async () => {
      const cases: [string[], string][] = [
        [['--name', 'x'.repeat(201)], '--name is too long: at most 200 characters.'],
        [['--practice', 'p'.repeat(201)], '--practice is too long: at most 200 characters.'],
        [
          ['--email', 'marieke.example.com'],
          '--email does not look like an e-mail address. Check it, or give --email "" to empty it.',
        ],
        [['--response-hours', '0'], 'Give --response-hours a whole number from 1 to 336.'],
        [['--response-hours', '337'], 'Give --response-hours a whole number from 1 to 336.'],
        [['--response-hours', '48.5'], 'Give --response-hours a whole number from 1 to 336.'],
        [['--auto-lock-minutes', 'tien'], 'Give --auto-lock-minutes a whole number from 1 to 240.'],
        [['--retention-years', '21'], 'Give --retention-years a whole number from 1 to 20.'],
        [
          ['--label-nl', 'Positief'],
          'Give --label-nl a block and a name as KEY=NAME, with the key one of: p_open, a, s1, s2, i, e, p_close.',
        ],
        [
          ['--label-en', 'x=Y'],
          'Give --label-en a block and a name as KEY=NAME, with the key one of: p_open, a, s1, s2, i, e, p_close.',
        ],
        [['--label-en', 'a=  '], '--label-en cannot be empty.'],
        [['--label-nl', `a=${'a'.repeat(61)}`], '--label-nl is too long: at most 60 characters.'],
        [['--email-subject-en', '  '], '--email-subject-en cannot be empty.'],
        [['--email-subject-nl', 's'.repeat(201)], '--email-subject-nl is too long: at most 200 characters.'],
        [['--email-greeting-nl', 'g'.repeat(501)], '--email-greeting-nl is too long: at most 500 characters.'],
        [['--email-sign-off-en', 'o'.repeat(1_001)], '--email-sign-off-en is too long: at most 1000 characters.'],
        [['--email-signature', 'abc\\n'.repeat(501)], '--email-signature is too long: at most 2000 characters.'],
        // A right value beside a wrong one is not saved either.
        [['--name', 'Iemand Anders', '--retention-years', '0'], 'Give --retention-years a whole number from 1 to 20.'],
      ];
      for (const [args, sentence] of cases) {
        const result = await cli(['settings', 'set', ...args]);
        expect(result, args.join(' ')).toEqual({ code: 1, stdout: '', stderr: `${sentence}\n` });
      }
      expect(await shown()).toEqual(inForce(before));
    });
  });

  it('says it in Dutch to a Dutch shell', async () => {
    await temp.whileClosed(async () => {
      const cases: [string[], string][] = [
        [
          ['--email', 'nope'],
          '--email lijkt geen e-mailadres. Controleer het, of geef --email "" om het leeg te maken.',
        ],
        [['--response-hours', '0'], 'Geef bij --response-hours een heel getal van 1 tot en met 336.'],
        [['--name', 'x'.repeat(201)], '--name is te lang: hooguit 200 tekens.'],
        [
          ['--label-nl', 'q=Vraag'],
          'Geef bij --label-nl een blok en een naam als SLEUTEL=NAAM, met als sleutel een van: p_open, a, s1, s2, i, e, p_close.',
        ],
      ];
      for (const [args, sentence] of cases) {
        expect(await dutch(['settings', 'set', ...args])).toEqual({ code: 1, stdout: '', stderr: `${sentence}\n` });
      }
      const saved = await dutch(['settings', 'set', '--auto-lock-minutes', '1']);
      expect(saved.stdout).toContain('De instellingen zijn opgeslagen.\n');
      expect(saved.stdout).toContain('Vergrendelen na:   1 minuut zonder activiteit\n');
    });
  });

  it('calls a missing option or a language it does not know wrong usage: exit 2', async () => {
    await temp.whileClosed(async () => {
      const nothing = await dutch(['settings', 'set']);
      expect(nothing).toEqual({
        code: 2,
        stdout: '',
        stderr:
          'Er is niets te wijzigen: geef minstens één optie, zoals --name; zie passie-studio settings set --help.\n' +
          'Onjuist gebruik; zie passie-studio --help.\n',
      });
      const german = await cli(['settings', 'set', '--language', 'de']);
      expect(german).toMatchObject({ code: 2, stdout: '' });
      expect(german.stderr).toContain('Allowed choices are nl, en.');
      expect((await cli(['settings', 'set', '--name'])).code).toBe(2);
      expect((await cli(['settings', 'set', '--colour', 'blue'])).code).toBe(2);
      expect((await cli(['settings', 'set', '--email-headings', 'yes'])).code).toBe(2);
      expect(await shown()).toMatchObject({ autoLockMinutes: 1, language: 'nl' });
    });
  });
});

describe('passie-studio settings phrases', { timeout: 120_000 }, () => {
  it('lists, adds and removes phrases per block, in the studio language or the one asked for', async () => {
    await temp.whileClosed(async () => {
      const list = await cli(['settings', 'phrases', 'list', '--block', 's1']);
      // The studio is Dutch by now (the test above), so the Dutch phrases and labels come first.
      expect(list).toEqual({
        code: 0,
        stderr: '',
        stdout: `s1 — Samenvatten\n  1. ${DEFAULT_SNIPPETS.nl.s1[0]}\n  2. ${DEFAULT_SNIPPETS.nl.s1[1]}\n`,
      });
      const english = await cli(['--json', 'settings', 'phrases', 'list', '--language', 'en']);
      expect(JSON.parse(english.stdout)).toEqual({ language: 'en', phrases: DEFAULT_SNIPPETS.en });

      const added = await cli(['settings', 'phrases', 'add', '--block', 'e', '--language', 'en', '  Take one step. ']);
      expect(added).toEqual({
        code: 0,
        stderr: '',
        stdout: 'The phrase has been added to “Next step” (en); that block now has 4 phrases.\n',
      });
      const removed = await cli(['--json', 'settings', 'phrases', 'remove', '--block', 'e', '--language', 'en', '1']);
      expect(JSON.parse(removed.stdout)).toEqual({
        language: 'en',
        block: 'e',
        phrases: [...DEFAULT_SNIPPETS.en.e.slice(1), 'Take one step.'],
      });
      const dutchRemoved = await dutch(['settings', 'phrases', 'remove', '--block', 's1', '2']);
      expect(dutchRemoved.stdout).toBe('De zin is verwijderd uit “Samenvatten” (nl); dat blok heeft nu 1 zin.\n');
      expect((await shown()).snippets.nl.s1).toEqual([DEFAULT_SNIPPETS.nl.s1[0]]);
    });
  });

  it('refuses an empty or too long phrase, a number that is no phrase, and a full block', async () => {
    await temp.whileClosed(async () => {
      const add = (args: string[]) => cli(['settings', 'phrases', 'add', '--block', 'a', ...args]);
      expect(await add(['  '])).toEqual({ code: 1, stdout: '', stderr: 'A phrase cannot be empty.\n' });
      expect(await add(['z'.repeat(501)])).toEqual({
        code: 1,
        stdout: '',
        stderr: 'The phrase is too long: at most 500 characters.\n',
      });
      for (const number of ['0', '4', 'twee', '1.5']) {
        const result = await cli(['settings', 'phrases', 'remove', '--block', 'a', number]);
        // Said after the unlock, so in the coach's stored language (set to Dutch above), not the shell's.
        expect(result).toEqual({ code: 1, stdout: '', stderr: 'Geef een zinnummer van 1 tot en met 3.\n' });
      }
      expect((await cli(['settings', 'phrases', 'add', '--block', 'q', 'Hallo'])).code).toBe(2);
      expect((await cli(['settings', 'phrases', 'add', 'Hallo'])).code).toBe(2);

      const full = join(temp.root, 'full.json');
      await writeFile(full, JSON.stringify({ nl: { a: Array.from({ length: 50 }, (_, at) => `Zin ${at + 1}`) } }));
      expect(await cli(['settings', 'phrases', 'import', full])).toEqual({
        code: 0,
        stderr: '',
        stdout: 'De zinnen van 1 blok zijn vervangen.\n',
      });
      expect(await dutch(['settings', 'phrases', 'add', '--block', 'a', 'Nog een'])).toEqual({
        code: 1,
        stdout: '',
        stderr: 'Dit blok heeft al 50 zinnen, het maximum; verwijder er eerst een.\n',
      });
    });
  });

  it('replaces the blocks a file names, in order, and leaves the others; refuses a file it cannot use', async () => {
    await temp.whileClosed(async () => {
      const file = join(temp.root, 'phrases.json');
      await writeFile(file, JSON.stringify({ nl: { p_open: ['Tweede', ' Eerste '] }, en: { a: [], i: ['Why?'] } }));
      const result = await cli(['--json', 'settings', 'phrases', 'import', file]);
      expect(result, result.stderr).toMatchObject({ code: 0, stderr: '' });
      const { replaced, snippets } = JSON.parse(result.stdout) as { replaced: number; snippets: Settings['snippets'] };
      expect(replaced).toBe(3);
      expect(snippets.nl).toMatchObject({ p_open: ['Tweede', 'Eerste'], s2: DEFAULT_SNIPPETS.nl.s2 });
      expect(snippets.en).toMatchObject({ a: [], i: ['Why?'], s2: DEFAULT_SNIPPETS.en.s2 });
      expect((await shown()).snippets).toEqual(snippets);

      for (const content of [
        { nl: { p_opne: ['typo'] } },
        { de: {} },
        { nl: { a: [''] } },
        { en: { a: ['x'.repeat(501)] } },
        { en: { a: Array.from({ length: 51 }, () => 'x') } },
      ]) {
        await writeFile(file, JSON.stringify(content));
        expect(await cli(['settings', 'phrases', 'import', file])).toEqual({
          code: 1,
          stdout: '',
          stderr: 'The file phrases.json does not have the expected content; see passie-studio --help.\n',
        });
      }
      expect((await shown()).snippets).toEqual(snippets);
    });
  });
});

describe('passie-studio catalogue replace', { timeout: 120_000 }, () => {
  it('replaces the whole catalogue, removing what the file leaves out, as the screen’s save does', async () => {
    await temp.call('catalogue.import', {
      places: [
        {
          id: 'oud',
          name: { nl: 'Oude plaats', en: 'Old place' },
          questions: [{ id: 'oud-1', text: { nl: 'Oud?', en: 'Old?' } }],
        },
      ],
    });
    await temp.whileClosed(async () => {
      const file = join(temp.root, 'catalogue.json');
      const places = [
        {
          id: 'haven',
          name: { nl: 'Veilige haven', en: 'Safe harbour' },
          questions: [
            { id: 'haven-1', text: { nl: 'Waar voel je je thuis?', en: 'Where do you feel at home?' } },
            { id: 'haven-2', text: { nl: 'Wie steunt je?', en: 'Who supports you?' } },
          ],
        },
      ];
      await writeFile(file, JSON.stringify({ places }));
      const replaced = await dutch(['catalogue', 'replace', file]);
      expect(replaced).toEqual({
        code: 0,
        stderr: '',
        stdout: 'De catalogus is vervangen: 1 plaats en 2 vragen.\n',
      });
      const listed = await cli(['--json', 'catalogue', 'list']);
      expect(JSON.parse(listed.stdout)).toEqual({ places });

      await writeFile(file, JSON.stringify({ places: [{ id: 'x', name: { nl: 'X' }, questions: [] }] }));
      const refused = await cli(['catalogue', 'replace', file]);
      expect(refused).toMatchObject({ code: 1, stdout: '' });
      expect(JSON.parse((await cli(['--json', 'catalogue', 'list'])).stdout)).toEqual({ places });
    });
  });
});
