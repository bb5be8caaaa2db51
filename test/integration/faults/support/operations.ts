// The operations crash-points.test.ts kills at every disk call, and what the child needs to run them on the
// prepared vault (operation-child.ts).
import type { ReplyBlocks } from '../../../../shared/domain/passie';

export const OPERATIONS = [
  'client.add',
  'traject.add',
  'round.add',
  'reply.saveDraft',
  'reply.send',
  'traject.addNote',
  'import.packet',
  'import.email',
  'client.delete',
  'traject.close',
  'backup.create',
  'vault.rotateKey',
  'vault.changePassphrase',
] as const;
export type OperationName = (typeof OPERATIONS)[number];

export interface OperationInput {
  /** Text the operation stores, searched for in clear on disk afterwards. */
  marker: string;
  clientId: string;
  /** A traject with a round whose reply is drafted, an open round, an issued packet and an e-mail to import. */
  trajectId: string;
  draftedRoundId: string;
  openRoundId: string;
  blocks: ReplyBlocks;
  packetFile: string;
  mailFile: string;
  /** Another client, with a traject of their own, to delete. */
  doomedClientId: string;
  /** A traject with a sent reply, to close. */
  closingTrajectId: string;
  /** Holds a backup of the vault from before its last change. */
  backupDir: string;
  newPassphrase: string;
}
