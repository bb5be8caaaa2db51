import type { AppStatus, VaultState } from '../../../shared/domain/app-status';

export interface AppServicePorts {
  version: string;
  vaultState: () => Promise<VaultState>;
}

export class AppService {
  constructor(private readonly ports: AppServicePorts) {}

  async status(): Promise<AppStatus> {
    return { version: this.ports.version, vault: await this.ports.vaultState() };
  }
}
