import { describe, expect, it } from 'vitest';
import { trajectOfVaultFile } from '../../../shared/domain/damaged-file';
import {
  archivePath,
  attachmentPath,
  dossierPath,
  INDEX_PATH,
  SIGNING_PATH,
} from '../../../main/services/vault/vault-layout';

const TRAJECT = 'tr_0a1b2c3d4e5f6g7h8i9j';
const ATTACHMENT = 'at_00000000000000000007';

describe('the traject of a damaged vault file', () => {
  it('reads back the traject paths the vault layout writes', () => {
    expect(trajectOfVaultFile(dossierPath(TRAJECT))).toEqual({ trajectId: TRAJECT, part: 'dossier' });
    expect(trajectOfVaultFile(attachmentPath(TRAJECT, ATTACHMENT))).toEqual({ trajectId: TRAJECT, part: 'attachment' });
    expect(trajectOfVaultFile(archivePath(TRAJECT))).toEqual({ trajectId: TRAJECT, part: 'archive' });
  });

  it('names no traject for the vault’s other files, or for anything that only looks like a traject path', () => {
    for (const file of [
      INDEX_PATH,
      SIGNING_PATH,
      'ledger.psv',
      `trajects/${TRAJECT}/dossier.pdf`,
      `trajects/${TRAJECT}/dossier.psv.bak`,
      `x/trajects/${TRAJECT}/dossier.psv`,
      'trajects/tr_short/dossier.psv',
      `archive/${TRAJECT}.passie-archive.tmp`,
    ]) {
      expect(trajectOfVaultFile(file), file).toBeUndefined();
    }
  });
});
