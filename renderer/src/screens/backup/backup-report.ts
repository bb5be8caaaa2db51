import type { TFunction } from 'i18next';
import type { BackupReport } from '../../../../shared/domain/backup';
import { formatSize } from '../../../../shared/domain/import-limits';

/** "0 kB" for nothing at all; formatSize rounds every other size up to at least 1 kB. */
export const backupSize = (bytes: number) => (bytes === 0 ? '0 kB' : formatSize(bytes));

/** What a backup did, in two plain sentences: how much it holds, and how much had to be copied. */
export function backupReportText(t: TFunction, report: BackupReport): string {
  const made = t('backup.card.made', { count: report.files, size: backupSize(report.bytes) });
  let copied: string;
  if (report.copied === 0) copied = t('backup.card.copiedNone');
  else if (report.copied === report.files)
    copied = t('backup.card.copiedAll', { size: backupSize(report.bytesCopied) });
  else copied = t('backup.card.copied', { count: report.copied, size: backupSize(report.bytesCopied) });
  return `${made} ${copied}`;
}
