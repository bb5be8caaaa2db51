import { progressLine } from '../progress-line';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ApiError } from '../../../shared/api/errors';
import { acceptedRound } from '../../../shared/domain/import';
import { apiError } from '../../../shared/i18n/error-messages';
import { formatSize, IMPORT_LIMITS } from '../../../shared/domain/import-limits';
import { packetTrajectRef } from '../../../shared/packet/packet-format';
import { newId } from '../../../shared/domain/id-pattern';
import { CliFailure } from '../cli-io';
import type { Attempt, CliContext } from '../context';

/**
 * `import [--traject ID] FILE…`: one round per file, previewed and committed at once; bad files do not stop the rest.
 * Without --traject, each answer packet goes to the traject its header names (the import still checks it).
 */
export function registerImportCommands(context: CliContext): void {
  const { program, text } = context;
  program
    .command('import')
    .description(text.importCommand)
    .option('--traject <id>', text.importTrajectOption)
    .option('--allow-repeat', text.importAllowRepeatOption)
    .argument('<files...>')
    .action(async (files: string[], options: { traject?: string; allowRepeat?: boolean }) => {
      const rounds: { file: string; id: string; answers: number }[] = [];
      const errors: { file: string; code: ApiError['code']; message: string }[] = [];
      const fail = (file: string, error: ApiError) => {
        errors.push({ file, ...error });
        if (!context.json) context.io.err(`${error.message}\n`);
      };
      // Ctrl+C cancels the file being read (the worker stops at once) and the files after it; rounds already
      // committed stay.
      let interrupted = false;
      let cancel: (() => Promise<unknown>) | undefined;
      const onInterrupt = () => {
        // A second Ctrl+C does not wait for anything.
        if (interrupted) process.exit(130);
        interrupted = true;
        void cancel?.();
      };
      process.on('SIGINT', onInterrupt);
      await context
        .withStudio(
          async (_call, attempt) => {
            for (const [index, path] of files.entries()) {
              if (interrupted) break;
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
              const jobId = newId('im');
              cancel = () => attempt('import.cancel', { jobId });
              const line = importProgressLine(attempt, jobId, index, files.length);
              const previewed = await attempt('import.preview', {
                trajectId,
                jobId,
                files: [{ name: file, base64: bytes.toString('base64') }],
              }).finally(() => line.stop());
              if (interrupted) break;
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
              if (preview.repeatOfRound !== undefined && !options.allowRepeat) {
                fail(file, apiError('import_repeat', context.language, { file, round: String(preview.repeatOfRound) }));
                continue;
              }
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
        )
        .finally(() => process.off('SIGINT', onInterrupt));
      if (context.json) context.io.out(`${JSON.stringify({ rounds, errors })}\n`);
      if (interrupted) throw new CliFailure(text.importCancelled);
      if (errors.length > 0) throw new CliFailure(text.importFailed(errors.length, files.length));
    });

  /** How far the file is and what is being done, while import.preview runs (see progressLine). */
  function importProgressLine(attempt: Attempt, jobId: string, index: number, count: number): { stop: () => void } {
    return progressLine(context, async () => {
      const result = await attempt('import.progress', { jobId });
      if (!result.ok || !result.value.running || !result.value.current) return undefined;
      const { bytes, bytesDone, current } = result.value;
      const percent = bytes > 0 ? Math.floor((bytesDone / bytes) * 100) : 0;
      return text.importProgress(current.file, index + 1, count, text.importStage[current.stage], percent);
    });
  }

  /** The file's bytes, its size checked before it is read; or the error to report for it. */
  async function readChecked(path: string, file: string): Promise<Buffer | ApiError> {
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new Error('not a file');
      if (info.size > IMPORT_LIMITS.maxFileBytes) {
        const params = { file, size: formatSize(info.size), max: formatSize(IMPORT_LIMITS.maxFileBytes) };
        return apiError('import_too_large', context.language, params);
      }
      return await readFile(path);
    } catch {
      return apiError('import_unreadable', context.language, { file });
    }
  }
}
