/** Hard limits on what an import may make the studio read, parse or inflate. */
export const IMPORT_LIMITS = {
  /** One file as dropped or named on the command line. */
  maxFileBytes: 50 * 1024 * 1024,
  /** All attachments of one e-mail together. */
  maxAttachmentBytes: 40 * 1024 * 1024,
  maxAttachments: 50,
  /** MIME structure of one e-mail. */
  maxMimeParts: 500,
  maxMimeDepth: 32,
  /** Zip entries of one .docx, before anything is inflated. */
  maxZipEntries: 2_000,
  maxZipInflatedBytes: 100 * 1024 * 1024,
  maxZipRatio: 200,
  /** Nesting below which HTML is flattened to its text. */
  maxHtmlDepth: 200,
  /** Text that still makes a document readable in the studio. */
  maxBlocks: 9_000,
} as const;

/** "1.5 MB": sizes in the sentences the coach reads. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
