import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ApiError } from '../../../shared/api/errors';
import { acceptedRound } from '../../../shared/domain/import';
import { apiError } from '../../../shared/i18n/error-messages';
import { formatSize, IMPORT_LIMITS } from '../../../shared/domain/import-limits';
import { packetTrajectRef } from '../../../shared/packet/packet-format';
import { CliFailure } from '../cli-io';
import type { CliContext } from '../context';

/**
 * `import [--traject ID] FILE…`: one round per file, previewed and committed at once; bad files do not stop the rest.
 * Without --traject, each answer packet goes to the traject its header names (the import still checks it).
 */
export function registerImportCommands(context: CliContext): void {
  const { program, text, language } = context;
  program
    .command('import')
    .description(text.importCommand)
    .option('--traject <id>', text.importTrajectOption)
    .argument('<files...>')
    .action(async (files: string[], options: { traject?: string }) => {
      const rounds: { file: string; id: string; answers: number }[] = [];
      const errors: { file: string; code: ApiError['code']; message: string }[] = [];
      const fail = (file: string, error: ApiError) => {
        errors.push({ file, ...error });
        if (!context.json) context.io.err(`${error.message}\n`);
      };
      await context.withStudio(
        async (_call, attempt) => {
          for (const path of files) {
            const file = basename(path);
            const bytes = await readChecked(path, file);
            if ('code' in bytes) {
              fail(file, bytes);
              continue;
            }
            const trajectId = options.traject ?? packetTrajectRef(bytes);
            if (trajectId === undefined) {
              fail(file, { code: 'invalid_request', message: text.importNeedsTraject(file) });
              continue;
            }
            const previewed = await attempt('import.preview', {
              trajectId,
              files: [{ name: file, base64: bytes.toString('base64') }],
            });
            if (!previewed.ok) {
              fail(file, previewed.error);
              continue;
            }
            const result = previewed.value.results[0]!;
            if (!result.ok) {
              fail(file, result.error);
              continue;
            }
            const { preview } = result;
            const committed = await attempt('import.commit', {
              trajectId,
              rounds: [acceptedRound(preview)],
            });
            if (!committed.ok) {
              fail(file, committed.error);
              continue;
            }
            const round = committed.value.rounds[0]!;
            rounds.push({ file, id: round.id, answers: round.answers });
            if (!context.json) context.io.out(`${text.imported(file, round.answers)}\n`);
          }
        },
        { unlock: true },
      );
      if (context.json) context.io.out(`${JSON.stringify({ rounds, errors })}\n`);
      if (errors.length > 0) throw new CliFailure(text.importFailed(errors.length, files.length));
    });

  /** The file's bytes, its size checked before it is read; or the error to report for it. */
  async function readChecked(path: string, file: string): Promise<Buffer | ApiError> {
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new Error('not a file');
      if (info.size > IMPORT_LIMITS.maxFileBytes) {
        const params = { file, size: formatSize(info.size), max: formatSize(IMPORT_LIMITS.maxFileBytes) };
        return apiError('import_too_large', language, params);
      }
      return await readFile(path);
    } catch {
      return apiError('import_unreadable', language, { file });
    }
  }
}
