import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../../shared/domain/catalogue';
import { ImportDialog, type ImportedRound } from './ImportDialog';
import type { ImportInput } from './preview-import';
import { pastedFile } from './read-files';
import { useImportDrop } from './use-import-drop';

interface TrajectImportOptions {
  trajectId: string;
  /** Only an active traject takes new rounds. */
  enabled: boolean;
  onImported: (rounds: ImportedRound[]) => Promise<void>;
}

/** Everything that starts an import on a traject page (drop, picker, paste) and the preview dialog it opens. */
export function useTrajectImport({ trajectId, enabled, onImported }: TrajectImportOptions) {
  const { t } = useTranslation();
  const [input, setInput] = useState<ImportInput | undefined>();
  const start = (next: ImportInput) => setInput((current) => current ?? next);
  const { over, dropProps } = useImportDrop({
    enabled: enabled && input === undefined,
    onFiles: (files) => start({ files }),
    onPaste: (data) => {
      const pasted = pastedFile(data, { html: t('import.pastedHtml'), text: t('import.pastedText') });
      if (pasted) start({ pasted });
    },
  });

  const dialog = (catalogue: Catalogue) =>
    input && (
      <ImportDialog
        trajectId={trajectId}
        catalogue={catalogue}
        input={input}
        onClose={() => setInput(undefined)}
        onImported={(rounds) => void onImported(rounds).then(() => setInput(undefined))}
      />
    );

  return { over, dropProps, openFiles: (files: File[]) => start({ files }), dialog };
}
