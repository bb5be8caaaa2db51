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
  /**
   * HTML to sanitise (an .html file, an e-mail's HTML part, a Word file as mammoth writes it): characters, and
   * nodes (elements and text) counted by the parser before sanitising. Sanitising costs about 20-30 µs a node.
   */
  maxHtmlChars: 10 * 1024 * 1024,
  maxHtmlNodes: 300_000,
  /** Paragraphs, headings, list items and quotes of one file: what still makes a document readable in the studio. */
  maxBlocks: 9_000,
  /** Paragraphs in a Word file's document.xml (empty ones included), counted before mammoth reads it. */
  maxDocxParagraphs: 18_000,
  /** What one file's reading (in the import worker) may take: wall time, and the worker's JavaScript heap. */
  workerTimeLimitMs: 90_000,
  workerMemoryMb: 1_536,
} as const;

/** "1.5 MB": sizes in the sentences the coach reads. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
