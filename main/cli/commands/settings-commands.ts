import { Option, type Command } from 'commander';
import * as z from 'zod';
import { DEFAULT_PASSIE_LABELS, PASSIE_KEYS, type PassieKey } from '../../../shared/domain/passie';
import { DEFAULT_EMAIL_SETTINGS, type EmailSettings, type EmailTemplate } from '../../../shared/domain/email-settings';
import {
  emailSettingsOf,
  notificationsOn,
  SettingsSchema,
  ThemeSchema,
  themeOf,
  type Settings,
  type Theme,
} from '../../../shared/domain/settings';
import {
  checkEmail,
  checkText,
  EMAIL_TEXT_LIMITS,
  parseWhole,
  type FieldProblem,
} from '../../../shared/domain/settings-checks';
import { MAX_PHRASE_LENGTH, MAX_PHRASES_PER_BLOCK, SnippetBankSchema } from '../../../shared/domain/snippets';
import { CliFailure } from '../cli-io';
import type { CliContext } from '../context';
import type { CliMessages } from '../messages';
import { readJsonFile } from '../read-json-file';
import { LANGUAGES, type Language } from '../../../shared/i18n/language';

type SettingsPatch = Partial<Settings>;

/** The limits come from the schema the studio checks against, so the CLI can never allow what it refuses. */
const shape = SettingsSchema.shape;
const TEXT_MAX = { name: shape.coach.shape.name.maxLength!, practice: shape.coach.shape.practice.maxLength! };
const LABEL_MAX = shape.passieLabels.shape.nl.shape.p_open.maxLength!;
const WHOLE_NUMBERS = [
  { field: 'responseHours', flag: '--response-hours', schema: shape.responseHours, help: 'responseHoursOption' },
  {
    field: 'autoLockMinutes',
    flag: '--auto-lock-minutes',
    schema: shape.autoLockMinutes,
    help: 'autoLockMinutesOption',
  },
  {
    field: 'retentionYears',
    flag: '--retention-years',
    schema: shape.retentionYears,
    help: 'retentionYearsSettingOption',
  },
] as const;
const PHRASE_LIMIT = { required: true, max: MAX_PHRASE_LENGTH };
const range = (schema: { minValue: number | null; maxValue: number | null }) =>
  [schema.minValue!, schema.maxValue!] as const;

/** The e-mail templates `settings set` takes, one option per language and part. */
const EMAIL_TEMPLATE_OPTIONS = [
  { flag: '--email-subject-nl', key: 'emailSubjectNl', language: 'nl', part: 'subject', help: 'emailSubjectOption' },
  {
    flag: '--email-greeting-nl',
    key: 'emailGreetingNl',
    language: 'nl',
    part: 'greeting',
    help: 'emailGreetingOption',
  },
  { flag: '--email-sign-off-nl', key: 'emailSignOffNl', language: 'nl', part: 'signOff', help: 'emailSignOffOption' },
  { flag: '--email-subject-en', key: 'emailSubjectEn', language: 'en', part: 'subject', help: 'emailSubjectOption' },
  {
    flag: '--email-greeting-en',
    key: 'emailGreetingEn',
    language: 'en',
    part: 'greeting',
    help: 'emailGreetingOption',
  },
  { flag: '--email-sign-off-en', key: 'emailSignOffEn', language: 'en', part: 'signOff', help: 'emailSignOffOption' },
] as const satisfies readonly {
  flag: string;
  key: keyof SetOptions;
  language: Language;
  part: keyof EmailTemplate;
  help: keyof CliMessages;
}[];
const TEMPLATE_PARTS = ['subject', 'greeting', 'signOff'] as const satisfies readonly (keyof EmailTemplate)[];

/** A shell cannot easily pass a line break: the two characters \n typed in a multiline text stand for one. */
const withLineBreaks = (value: string) => value.replace(/\\n/g, '\n');

/** `phrases import FILE.json`: for each language, the blocks whose lists it replaces. */
const PhrasesFileSchema = z
  .object({ nl: SnippetBankSchema.partial().strict().optional(), en: SnippetBankSchema.partial().strict().optional() })
  .strict();

interface SetOptions {
  name?: string;
  practice?: string;
  email?: string;
  language?: Language;
  notifications?: 'on' | 'off';
  theme?: Theme;
  responseHours?: string;
  autoLockMinutes?: string;
  retentionYears?: string;
  labelNl?: string[];
  labelEn?: string[];
  resetLabels?: boolean;
  emailSubjectNl?: string;
  emailGreetingNl?: string;
  emailSignOffNl?: string;
  emailSubjectEn?: string;
  emailGreetingEn?: string;
  emailSignOffEn?: string;
  emailSignature?: string;
  emailHeadings?: 'on' | 'off';
  resetEmail?: boolean;
}

/**
 * `settings show|set` and `settings phrases list|add|remove|import`: what the Settings screen configures, checked
 * the way the screen checks it (shared/domain/settings-checks.ts) before the vault is even unlocked.
 */
export function registerSettingsCommands(context: CliContext): void {
  const { program, text } = context;
  const keys = PASSIE_KEYS.join(', ');
  const repeat = (value: string, previous: string[] = []) => [...previous, value];
  const languageOption = (description: string) => new Option('--language <language>', description).choices(LANGUAGES);
  const blockOption = () => new Option('--block <key>', text.blockOption).choices(PASSIE_KEYS);

  const settings = program.command('settings').description(text.settingsCommand);
  settings
    .command('show')
    .description(text.settingsShowCommand)
    .action(async () => {
      const current = await context.unlocked((call) => call('settings.get', {}));
      context.print(describeSettings(current, text), inForce(current));
    });

  const set = settings
    .command('set')
    .description(text.settingsSetCommand)
    .option('--name <name>', text.coachNameOption)
    .option('--practice <practice>', text.practiceOption)
    .option('--email <email>', text.coachEmailOption)
    .addOption(languageOption(text.studioLanguageOption))
    .addOption(new Option('--notifications <on|off>', text.notificationsOption).choices(['on', 'off']))
    .addOption(new Option('--theme <light|dark|system>', text.themeOption).choices([...ThemeSchema.options]));
  for (const { flag, schema, help } of WHOLE_NUMBERS) set.option(`${flag} <n>`, text[help](...range(schema)));
  set
    .option('--label-nl <key=name>', text.labelOption(text.languageNames.nl, keys), repeat)
    .option('--label-en <key=name>', text.labelOption(text.languageNames.en, keys), repeat)
    .option('--reset-labels', text.resetLabelsOption);
  for (const { flag, language, help } of EMAIL_TEMPLATE_OPTIONS) {
    set.option(`${flag} <text>`, text[help](text.languageNames[language]));
  }
  set
    .option('--email-signature <text>', text.emailSignatureOption)
    .addOption(new Option('--email-headings <on|off>', text.emailHeadingsOption).choices(['on', 'off']))
    .option('--reset-email', text.resetEmailOption)
    .action(async (options: SetOptions, command: Command) => {
      const change = settingsChange(options, text);
      if (!change) command.error(text.nothingToSet, { exitCode: 2 });
      const saved = await context.unlocked(async (call) =>
        call('settings.update', change(await call('settings.get', {}))),
      );
      context.print(`${text.settingsSaved}\n\n${describeSettings(saved, text)}`, inForce(saved));
    });

  const phrases = settings.command('phrases').description(text.phrasesCommand);
  phrases
    .command('list')
    .description(text.phrasesListCommand)
    .addOption(languageOption(text.phrasesLanguageOption))
    .addOption(blockOption())
    .action(async (options: { language?: Language; block?: PassieKey }) => {
      const current = await context.unlocked((call) => call('settings.get', {}));
      const language = options.language ?? current.language;
      const blocks = options.block ? [options.block] : PASSIE_KEYS;
      const bank = current.snippets[language];
      const lines = blocks.flatMap((key) => [
        `${key} — ${current.passieLabels[language][key]}`,
        ...(bank[key].length === 0 ? [`  ${text.noPhrases}`] : bank[key].map((phrase, at) => `  ${at + 1}. ${phrase}`)),
      ]);
      context.print(lines.join('\n'), { language, phrases: Object.fromEntries(blocks.map((key) => [key, bank[key]])) });
    });
  phrases
    .command('add')
    .description(text.phrasesAddCommand)
    .argument('<phrase>', text.phraseArgument)
    .addOption(blockOption().makeOptionMandatory())
    .addOption(languageOption(text.phrasesLanguageOption))
    .action(async (phrase: string, options: { block: PassieKey; language?: Language }) => {
      const problem = phrase.trim() === '' ? { key: 'phraseEmpty' as const } : checkText(phrase, PHRASE_LIMIT);
      if (problem) throw new CliFailure(text.fieldProblem(text.phraseSubject, problem));
      await editPhrases(
        options,
        (list) => {
          if (list.length >= MAX_PHRASES_PER_BLOCK) throw new CliFailure(text.phrasesFull(MAX_PHRASES_PER_BLOCK));
          return [...list, phrase.trim()];
        },
        text.phraseAdded,
      );
    });
  phrases
    .command('remove')
    .description(text.phrasesRemoveCommand)
    .argument('<number>', text.phraseNumberArgument)
    .addOption(blockOption().makeOptionMandatory())
    .addOption(languageOption(text.phrasesLanguageOption))
    .action(async (number: string, options: { block: PassieKey; language?: Language }) => {
      await editPhrases(
        options,
        (list) => {
          const parsed = parseWhole(number, 1, list.length);
          if ('problem' in parsed) throw new CliFailure(text.phraseNumberInvalid(list.length));
          return list.filter((_, at) => at !== parsed.value - 1);
        },
        text.phraseRemoved,
      );
    });
  phrases
    .command('import')
    .description(text.phrasesImportCommand)
    .argument('<file>', text.fromOption)
    .action(async (file: string) => {
      const replacing = await readJsonFile(file, PhrasesFileSchema, {
        unreadable: text.fileUnreadable,
        invalid: text.fileInvalid,
      });
      const saved = await context.unlocked(async (call) => {
        const { snippets } = await call('settings.get', {});
        const merged = Object.fromEntries(
          LANGUAGES.map((language) => [language, { ...snippets[language], ...replacing[language] }]),
        ) as Settings['snippets'];
        return call('settings.update', { snippets: merged });
      });
      const replaced = LANGUAGES.reduce((sum, language) => sum + Object.keys(replacing[language] ?? {}).length, 0);
      context.print(text.phrasesImported(replaced), { replaced, snippets: saved.snippets });
    });

  /** One block's phrase list in one language, changed by `edit` and saved; says how many it now holds. */
  async function editPhrases(
    options: { block: PassieKey; language?: Language },
    edit: (list: readonly string[]) => string[],
    said: (label: string, count: number) => string,
  ): Promise<void> {
    const { block } = options;
    const { language, saved } = await context.unlocked(async (call) => {
      const { snippets, language: studioLanguage } = await call('settings.get', {});
      const chosen = options.language ?? studioLanguage;
      const bank = { ...snippets[chosen], [block]: edit(snippets[chosen][block]) };
      return { language: chosen, saved: await call('settings.update', { snippets: { ...snippets, [chosen]: bank } }) };
    });
    const list = saved.snippets[language][block];
    context.print(said(`“${saved.passieLabels[language][block]}” (${language})`, list.length), {
      language,
      block,
      phrases: list,
    });
  }
}

/**
 * The change `settings set` asks for, checked in full before anything is saved (one wrong value saves nothing),
 * as a function of the current settings since a block name or a coach field changes one part of a whole object.
 * Undefined when no option asks for a change.
 */
function settingsChange(options: SetOptions, text: CliMessages): ((current: Settings) => SettingsPatch) | undefined {
  const fail = (flag: string, problem: FieldProblem | undefined) => {
    if (problem) throw new CliFailure(text.fieldProblem(flag, problem));
  };
  const coach: Partial<Settings['coach']> = {};
  for (const field of ['name', 'practice'] as const) {
    const value = options[field];
    if (value === undefined) continue;
    fail(`--${field}`, checkText(value, { required: false, max: TEXT_MAX[field] }));
    coach[field] = value.trim();
  }
  if (options.email !== undefined) {
    fail('--email', checkEmail(options.email));
    coach.email = options.email.trim();
  }

  const patch: SettingsPatch = {};
  if (options.language) patch.language = options.language;
  if (options.notifications) patch.notifications = options.notifications === 'on';
  if (options.theme) patch.theme = options.theme;
  for (const { field, flag, schema } of WHOLE_NUMBERS) {
    const value = options[field];
    if (value === undefined) continue;
    const parsed = parseWhole(value, ...range(schema));
    if ('problem' in parsed) fail(flag, parsed.problem);
    else patch[field] = parsed.value;
  }

  const labels: { language: Language; key: PassieKey; name: string }[] = [];
  for (const [language, given] of [
    ['nl', options.labelNl],
    ['en', options.labelEn],
  ] as const) {
    const flag = `--label-${language}`;
    for (const pair of given ?? []) {
      const split = pair.indexOf('=');
      const key = PASSIE_KEYS.find((candidate) => candidate === pair.slice(0, split).trim());
      if (split < 0 || !key) throw new CliFailure(text.labelInvalid(flag, PASSIE_KEYS.join(', ')));
      const name = pair.slice(split + 1);
      fail(flag, checkText(name, { required: true, max: LABEL_MAX }));
      labels.push({ language, key, name: name.trim() });
    }
  }

  const email: { language?: Language; part: keyof EmailTemplate | 'signature'; value: string }[] = [];
  for (const { flag, key, language, part } of EMAIL_TEMPLATE_OPTIONS) {
    const given = options[key];
    if (given === undefined) continue;
    const value = part === 'subject' ? given : withLineBreaks(given);
    fail(flag, checkText(value, EMAIL_TEXT_LIMITS[part]));
    email.push({ language, part, value: value.trim() });
  }
  if (options.emailSignature !== undefined) {
    const value = withLineBreaks(options.emailSignature);
    fail('--email-signature', checkText(value, EMAIL_TEXT_LIMITS.signature));
    email.push({ part: 'signature', value: value.trim() });
  }

  const changesCoach = Object.keys(coach).length > 0;
  const changesLabels = options.resetLabels === true || labels.length > 0;
  const changesEmail = options.resetEmail === true || email.length > 0 || options.emailHeadings !== undefined;
  if (!changesCoach && !changesLabels && !changesEmail && Object.keys(patch).length === 0) return undefined;
  return (current) => {
    const change: SettingsPatch = { ...patch };
    if (changesCoach) change.coach = { ...current.coach, ...coach };
    if (changesLabels) {
      const base = options.resetLabels ? DEFAULT_PASSIE_LABELS : current.passieLabels;
      const next = { nl: { ...base.nl }, en: { ...base.en } };
      for (const { language, key, name } of labels) next[language][key] = name;
      change.passieLabels = next;
    }
    if (changesEmail) {
      const base = options.resetEmail
        ? { ...emailSettingsOf(current), nl: DEFAULT_EMAIL_SETTINGS.nl, en: DEFAULT_EMAIL_SETTINGS.en }
        : emailSettingsOf(current);
      const next: EmailSettings = { ...base, nl: { ...base.nl }, en: { ...base.en } };
      for (const { language, part, value } of email) {
        if (part === 'signature') next.signature = value;
        else next[language!][part] = value;
      }
      if (options.emailHeadings) next.headings = options.emailHeadings === 'on';
      change.email = next;
    }
    return change;
  };
}

/** The settings as --json prints them: the whole object, with the e-mail templates in force even if never set. */
function inForce(settings: Settings): Settings {
  return { ...settings, email: emailSettingsOf(settings) };
}

/**
 * The settings as a readable list: one line per setting, the seven block names in both languages, then the e-mail
 * texts, a line break shown as \n (as `settings set` takes it).
 */
function describeSettings(settings: Settings, text: CliMessages): string {
  const field = text.settingsFields;
  const orNot = (value: string) => value || text.notFilledIn;
  const phraseCount = (language: Language) =>
    PASSIE_KEYS.reduce((sum, key) => sum + settings.snippets[language][key].length, 0);
  const rows: [string, string][] = [
    [field.name, orNot(settings.coach.name)],
    [field.practice, orNot(settings.coach.practice)],
    [field.email, orNot(settings.coach.email)],
    [field.language, `${text.languageNames[settings.language]} (${settings.language})`],
    [field.responseHours, text.hours(settings.responseHours)],
    [field.autoLockMinutes, text.idleMinutes(settings.autoLockMinutes)],
    [field.retentionYears, text.yearsAfterClosing(settings.retentionYears)],
    [field.timestamp, settings.timestampUrl || text.timestampNone],
    [field.notifications, text.onOff(notificationsOn(settings))],
    [field.theme, text.themeNames[themeOf(settings)]],
    [field.phrases, text.phraseCounts(phraseCount('nl'), phraseCount('en'))],
    [field.labels, `${text.languageNames.nl} / ${text.languageNames.en}`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const keyWidth = Math.max(...PASSIE_KEYS.map((key) => key.length)) + 2;
  const nlWidth = Math.max(...PASSIE_KEYS.map((key) => settings.passieLabels.nl[key].length)) + 2;
  const email = emailSettingsOf(settings);
  const part = text.emailParts;
  const partWidth = Math.max(...Object.values(part).map((label) => label.length)) + 2;
  const emailRow = (label: string, value: string) =>
    `  ${label.padEnd(partWidth)}${orNot(value.replace(/\n/g, '\\n'))}`;
  return [
    ...rows.map(([label, value]) => `${label}:`.padEnd(width) + value),
    ...PASSIE_KEYS.map(
      (key) =>
        `  ${key.padEnd(keyWidth)}${settings.passieLabels.nl[key].padEnd(nlWidth)}${settings.passieLabels.en[key]}`,
    ),
    ...LANGUAGES.flatMap((language) => [
      text.emailIn(text.languageNames[language]),
      ...TEMPLATE_PARTS.map((name) => emailRow(part[name], email[language][name])),
    ]),
    text.emailInBoth,
    emailRow(part.signature, email.signature),
    emailRow(part.headings, text.onOff(email.headings)),
  ].join('\n');
}
