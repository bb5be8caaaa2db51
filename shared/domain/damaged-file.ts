import { ID_BODY } from './id-pattern';

/** Which part of a traject a vault file is, when the vault reports it damaged. */
export type TrajectPart = 'dossier' | 'attachment' | 'archive';

// The traject paths of main/services/vault/vault-layout.ts, read back: the screens and the CLI name a damaged file
// by its traject's title, and only the vault path travels with the damage (VaultDamageSchema).
const TRAJECT_FILES: [RegExp, TrajectPart][] = [
  [new RegExp(`^trajects/(tr_${ID_BODY})/dossier\\.psv$`), 'dossier'],
  [new RegExp(`^trajects/(tr_${ID_BODY})/attachments/at_${ID_BODY}\\.psv$`), 'attachment'],
  [new RegExp(`^archive/(tr_${ID_BODY})\\.passie-archive$`), 'archive'],
];

/** The traject a damaged vault file belongs to, and which part of it the file is; undefined for any other file. */
export function trajectOfVaultFile(file: string): { trajectId: string; part: TrajectPart } | undefined {
  for (const [pattern, part] of TRAJECT_FILES) {
    const trajectId = pattern.exec(file)?.[1];
    if (trajectId) return { trajectId, part };
  }
  return undefined;
}
