import { defaultSettings, SettingsSchema, type Settings } from '../../../shared/domain/settings';
import type { Language } from '../../../shared/i18n/language';
import { reportDamage } from '../vault/damage';
import { OpenOnce } from '../vault/open-once';
import { openSealedDb, type SealedDb } from '../vault/sealed-db';
import type { SealedStore } from '../vault/sealed-store';
import { SETTINGS_PATH } from '../vault/vault-layout';

/** The coach's settings, sealed in the vault like everything else (the coach's name is personal data). */
export class SettingsService {
  private readonly db = new OpenOnce<SealedDb<Settings>>();

  constructor(
    private readonly store: SealedStore,
    private readonly systemLanguage: () => Language,
  ) {}

  forget(): void {
    this.db.clear();
  }

  private open(): Promise<SealedDb<Settings>> {
    return this.db.get(SETTINGS_PATH, () =>
      reportDamage(
        () => openSealedDb(this.store, SETTINGS_PATH, SettingsSchema, () => defaultSettings(this.systemLanguage())),
        'settings_damaged',
      ),
    );
  }

  async get(): Promise<Settings> {
    return (await this.open()).data;
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    const db = await this.open();
    return db.replace((data) => SettingsSchema.parse({ ...data, ...patch }));
  }
}
