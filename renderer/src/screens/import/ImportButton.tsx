import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { UploadIcon } from '../../components/icons';
import { IMPORT_ACCEPT } from './use-import-drop';

/** "Bestanden importeren": the system's file picker, several files at once. */
export function ImportButton({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => input.current?.click()}>
        <UploadIcon />
        <span>{t('import.open')}</span>
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        hidden
        data-testid="import-file-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared, so choosing the same file again after a cancelled import still counts as a change.
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
