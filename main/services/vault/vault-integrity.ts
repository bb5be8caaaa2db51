import type { LedgerDamage } from './vault-ledger';
import type { SealedStore } from './sealed-store';
import type { VaultService } from './vault-service';

export interface VaultIntegrityPorts {
  vault: VaultService;
  store: SealedStore;
  now: () => number;
}

/** What the coach must know of the vault's own health: damage found, and whether a new recovery key is needed. */
export interface VaultHealth {
  damage: Omit<LedgerDamage, 'at'>[];
  recoveryKeyNeeded: boolean;
}

/**
 * Keeps the vault true to itself (ARCHITECTURE.md, The ledger): after every unlock it opens the ledger and checks
 * each file against it, upgrades a vault from before the ledger, and finishes a key rotation a crash interrupted;
 * on request it rotates the data key.
 */
export class VaultIntegrity {
  constructor(private readonly ports: VaultIntegrityPorts) {}

  private iso(): string {
    return new Date(this.ports.now()).toISOString();
  }

  /** Run right after an unlock, before anything else reads the vault. */
  async opened(): Promise<void> {
    const { vault, store } = this.ports;
    const legacy = vault.isLegacy();
    await store.openLedger({ legacy, now: this.iso() });
    if (legacy) {
      await vault.upgradeDescriptor();
      await store.ledgerUpgraded();
    }
    // A rotation a crash interrupted is finished with the keys the unlock found; its recovery key was never shown.
    if (vault.rotationPending()) await this.finishRotation(false);
  }

  /** Checks every file against the ledger again (after the coach put a file back, say). */
  async check(): Promise<VaultHealth> {
    await this.ports.store.openLedger({ legacy: false, now: this.iso() });
    return this.health();
  }

  health(): VaultHealth {
    return {
      damage: this.ports.store.damage().map(({ file, problem }) => ({ file, problem })),
      recoveryKeyNeeded: this.ports.vault.recoveryKeyNeeded(),
    };
  }

  /**
   * A new data key for the whole vault, and a new recovery key: every file is re-sealed, so an old vault.json (from a
   * backup, say) with an old passphrase opens nothing written from now on. Crash-safe: vault.json holds both keys
   * until every file is re-sealed, and the next unlock finishes what was begun.
   */
  async rotate(passphrase: string): Promise<string> {
    const recoveryKey = await this.ports.vault.startRotation(passphrase);
    await this.finishRotation(true);
    return recoveryKey;
  }

  private async finishRotation(recoveryKeyShown: boolean): Promise<void> {
    const { vault, store } = this.ports;
    await store.resealOlderThan(vault.keyRing().writeEpoch);
    await vault.finishRotation(recoveryKeyShown);
  }
}
