import { DossierService } from '../dossiers/dossier-service';
import { AuditDataSchema, emptyAudit, type AuditData, type Tombstone } from '../dossiers/stores';
import { reportDamage } from '../vault/damage';
import { openSealedDb } from '../vault/sealed-db';
import { SealedStore } from '../vault/sealed-store';
import { AUDIT_PATH } from '../vault/vault-layout';

const tombstoneKey = (tombstone: Tombstone) => `${tombstone.kind}:${tombstone.id}`;

/**
 * The tombstones of the vault in `vaultDir`, read with the data key it shares with its backups (a passphrase
 * change re-wraps the key, it never replaces it). Only read: the newer vault is never written by a restore.
 */
export async function readTombstones(vaultDir: string, key: () => Buffer): Promise<Tombstone[]> {
  const audit = await openSealedDb<AuditData>(new SealedStore(vaultDir, key), AUDIT_PATH, AuditDataSchema, emptyAudit);
  return audit.data.tombstones;
}

/**
 * Makes a restored vault forget again what was deleted: adds the newer vault's tombstones to its audit.psv (so the
 * restored vault itself remembers them from now on), then has the dossier service apply every tombstone, the
 * backup's own included — the same code that finishes an interrupted deletion after an unlock.
 */
export async function reapplyTombstones(
  ports: { vaultDir: string; store: SealedStore; now: () => number },
  newer: readonly Tombstone[],
): Promise<{ added: number; clientsRemoved: number; trajectsRemoved: number }> {
  const audit = await reportDamage(
    () => openSealedDb<AuditData>(ports.store, AUDIT_PATH, AuditDataSchema, emptyAudit),
    'audit_damaged',
  );
  const known = new Set(audit.data.tombstones.map(tombstoneKey));
  const adding = newer.filter((tombstone) => {
    if (known.has(tombstoneKey(tombstone))) return false;
    known.add(tombstoneKey(tombstone));
    return true;
  });
  if (adding.length > 0) await audit.update((data) => data.tombstones.push(...adding));
  const added = adding.length;

  const notUsedByTombstones = () => Promise.reject(new Error('not used when applying tombstones'));
  const dossiers = new DossierService({
    vaultDir: ports.vaultDir,
    store: ports.store,
    now: ports.now,
    responseHours: notUsedByTombstones,
    questionExists: notUsedByTombstones,
  });
  const clientsBefore = (await dossiers.listClients()).length;
  const trajectsBefore = (await dossiers.listTrajects()).length;
  await dossiers.applyTombstones();
  return {
    added,
    clientsRemoved: clientsBefore - (await dossiers.listClients()).length,
    trajectsRemoved: trajectsBefore - (await dossiers.listTrajects()).length,
  };
}
