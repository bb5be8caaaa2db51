import { richTextFromHtml, type HtmlProgress } from './html-to-rich';
import { ZipRefusedError, safeDocxZip } from './zip-guard';
import { ImportError } from './import-error';
import type { ConversionNotes } from './rich-builder';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { IMPORT_LIMITS } from '../../../shared/domain/import-limits';

/**
 * A Word document as rich text: the zip is checked and inflated under hard limits first, mammoth turns the
 * document body into HTML (no external files, images dropped), and that HTML is sanitised like any other.
 */
export async function richTextFromDocx(
  bytes: Uint8Array,
  file: string,
  progress?: HtmlProgress,
  notes?: ConversionNotes,
): Promise<{ doc: RichDoc; messages: number }> {
  let safe: Uint8Array;
  try {
    safe = await safeDocxZip(bytes);
  } catch (error) {
    if (error instanceof ZipRefusedError) {
      if (error.reason === 'paragraphs') {
        throw new ImportError(
          'import_too_many_paragraphs',
          { max: IMPORT_LIMITS.maxBlocks.toLocaleString('en') },
          error,
        );
      }
      const code =
        error.reason === 'bomb'
          ? 'import_zip_bomb'
          : error.reason === 'dtd'
            ? 'import_forbidden_xml'
            : 'import_damaged';
      throw new ImportError(code, { file }, error);
    }
    throw new ImportError('import_damaged', { file }, error);
  }
  let html: string;
  let messages: number;
  try {
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(safe.buffer, safe.byteOffset, safe.byteLength) },
      {
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
    messages = result.messages.length;
  } catch (error) {
    const text = error instanceof Error ? error.message : '';
    throw new ImportError(
      /entity|doctype|dtd/i.test(text) ? 'import_forbidden_xml' : 'import_damaged',
      { file },
      error,
    );
  }
  return { doc: await richTextFromHtml(html, progress, notes), messages };
}
