import type { AppStatus, VaultState } from '../../../shared/domain/app-status';

export interface AppServicePorts {
  version: string;
  vaultState: () => Promise<VaultState>;
  /** While unlocked: the vault's own health (damage found, a recovery key needed). */
  health: () => AppStatus['health'];
}

export class AppService {
  constructor(private readonly ports: AppServicePorts) {}

  async status(): Promise<AppStatus> {
    const vault = await this.ports.vaultState();
    const health = vault === 'unlocked' ? this.ports.health() : undefined;
    return { version: this.ports.version, vault, ...(health ? { health } : {}) };
  }
}
