import type { ErrorCode } from '../../../shared/api/errors';
import type { MessageParams } from '../../../shared/i18n/error-messages';
import { StudioError } from '../../../shared/api/studio-error';
import type { SealProblem } from './sealed-file';
import { DamagedFileError } from './sealed-store';

/** What the ledger knows of a file that is not there as it should be: said as such, naming the file. */
const LEDGER_CODES: Partial<Record<SealProblem, ErrorCode>> = {
  missing: 'file_missing',
  rolled_back: 'file_rolled_back',
  deleted: 'file_deleted',
};

/**
 * Runs `open` and turns a damaged file into the coach's sentence for that file (naming the traject when known),
 * so one bad file is reported on its own and never takes the rest of the vault down.
 */
export async function reportDamage<T>(open: () => Promise<T>, code: ErrorCode, params?: MessageParams): Promise<T> {
  try {
    return await open();
  } catch (error) {
    if (error instanceof DamagedFileError) {
      const ledgerCode = LEDGER_CODES[error.problem];
      if (ledgerCode) throw new StudioError(ledgerCode, { cause: error, params: { ...params, file: error.vaultPath } });
      throw new StudioError(error.problem === 'unknown_version' ? 'file_too_new' : code, { cause: error, params });
    }
    throw error;
  }
}
