import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TimestampUrlSchema, type Settings } from '../../../../shared/domain/settings';
import { useStudio } from '../../app/studio-context';
import { TextField } from '../../components/TextField';
import { SettingsCard } from './SettingsCard';
import { useSectionSave } from './use-section-save';

/**
 * The coach's RFC 3161 timestamp authority: off until the coach names one, since each export then sends a hash of
 * the signature over the network.
 */
export function TimestampCard({ settings, onSaved }: { settings: Settings; onSaved: (next: Settings) => void }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const [url, setUrl] = useState(settings.timestampUrl ?? '');
  const section = useSectionSave<Settings>();
  const valid = TimestampUrlSchema.safeParse(url.trim()).success;

  const save = async () => {
    const next = await section.save(valid, () => studio.settings.update({ timestampUrl: url.trim() }));
    if (next) onSaved(next);
  };

  return (
    <SettingsCard
      title={t('export.timestamp.title')}
      intro={t('export.timestamp.intro')}
      status={section.status}
      onSave={() => void save()}
    >
      <TextField
        label={t('export.timestamp.url')}
        hint={t('export.timestamp.hint')}
        value={url}
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        onChange={(value) => {
          setUrl(value);
          section.edited();
        }}
        error={section.tried && !valid ? t('export.timestamp.invalid') : undefined}
      />
      <p className="muted">{settings.timestampUrl ? t('export.timestamp.on') : t('export.timestamp.off')}</p>
    </SettingsCard>
  );
}
