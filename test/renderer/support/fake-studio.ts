import { studioContract, type MethodName, type ResponseOf } from '../../../shared/api/contract';
import type { ApiResult, ErrorCode } from '../../../shared/api/errors';
import { buildStudioApi, type StudioApi } from '../../../shared/api/studio-api';
import type { AppStatus, VaultState } from '../../../shared/domain/app-status';
import type { Client } from '../../../shared/domain/client';
import { assessPassphrase } from '../../../shared/domain/passphrase-policy';
import { defaultSettings } from '../../../shared/domain/settings';
import type { TrajectSummary } from '../../../shared/domain/traject';

/** A recovery key in the studio's format, and the smallest valid PDF-looking base64 for its sheet. */
export const RECOVERY_KEY = '7KQ2-M9XD-4T1C-PW8H-ZR3N-6VBE-Q5JA-YG0F';
export const SHEET_PDF_BASE64 = btoa('%PDF-1.7\n% recovery sheet\n%%EOF\n');
/** The recovery key a key rotation or a new recovery key hands over. */
export const NEW_RECOVERY_KEY = 'H4RD-W0RK-PAYS-0FF8-N3WK-EY12-3456-789A';

export type VaultHealth = NonNullable<AppStatus['health']>;

export interface FakeVault {
  vault: VaultState;
  passphrase: string;
  recoveryKey: string;
  clients: number;
  activeTrajects: number;
  closedTrajects: number;
  autoLockMinutes: number;
  /** What `app.status` (while unlocked) and `vault.check` say of the vault's own files. */
  health: VaultHealth;
  /** Bumped by every key rotation. */
  keyEpoch: number;
}

export type Answer<M extends MethodName> = (
  request: unknown,
) => ApiResult<ResponseOf<M>> | Promise<ApiResult<ResponseOf<M>>>;
export type Overrides = { [M in MethodName]?: Answer<M> };

export interface Call {
  method: MethodName;
  request: unknown;
}

export interface FakeStudio {
  studio: StudioApi;
  state: FakeVault;
  calls: Call[];
  /** The methods called, in order. */
  methods: () => MethodName[];
  /** Replace one method's answer from now on (or restore the fake's own with `undefined`). */
  answer: <M extends MethodName>(method: M, answer: Answer<M> | undefined) => void;
}

export function failure(
  code: ErrorCode,
  message = `message for ${code} that the screen must not show`,
): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

function ok<T>(value: T): ApiResult<T> {
  return { ok: true, value };
}

const id = (prefix: string, index: number) => `${prefix}_${String(index).padStart(20, '0')}`;
const CREATED_AT = '2025-03-01T09:00:00.000+01:00';

/**
 * A small stand-in for the studio behind the API: a vault with a passphrase and a recovery key that really
 * must match, the studio's own passphrase rule, and clients and trajects to count. Every request is checked
 * against the contract, so a screen that sends something the real studio would refuse fails its test.
 */
export function fakeStudio(initial: Partial<FakeVault> = {}, overrides: Overrides = {}): FakeStudio {
  const state: FakeVault = {
    vault: 'none',
    passphrase: 'blauwe koffie op de dijk',
    recoveryKey: RECOVERY_KEY,
    clients: 0,
    activeTrajects: 0,
    closedTrajects: 0,
    autoLockMinutes: 10,
    health: { damage: [], recoveryKeyNeeded: false },
    keyEpoch: 0,
    ...initial,
  };
  const calls: Call[] = [];
  const answers: Overrides = { ...overrides };

  const unlocked = <T>(value: () => T): ApiResult<T> =>
    state.vault === 'unlocked' ? ok(value()) : failure('vault_locked');
  const weakness = (passphrase: string): ErrorCode | undefined => {
    const assessment = assessPassphrase(passphrase);
    if (assessment.acceptable) return undefined;
    return assessment.weakness === 'too_short' ? 'passphrase_too_short' : 'passphrase_too_weak';
  };
  const sameKey = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, '') === state.recoveryKey.replace(/-/g, '');

  const own = (method: MethodName, request: Record<string, string>): ApiResult<unknown> => {
    switch (method) {
      case 'app.status':
        return ok({
          version: '0.1.0',
          vault: state.vault,
          ...(state.vault === 'unlocked' ? { health: structuredClone(state.health) } : {}),
        });
      case 'vault.check':
        return unlocked(() => structuredClone(state.health));
      case 'vault.rotateKey':
      case 'vault.newRecoveryKey': {
        if (state.vault !== 'unlocked') return failure('vault_locked');
        if (request.passphrase !== state.passphrase) return failure('wrong_passphrase');
        if (method === 'vault.rotateKey') state.keyEpoch += 1;
        state.recoveryKey = NEW_RECOVERY_KEY;
        state.health = { ...state.health, recoveryKeyNeeded: false };
        return ok({ recoveryKey: NEW_RECOVERY_KEY, recoverySheetPdf: SHEET_PDF_BASE64 });
      }
      case 'vault.create': {
        if (state.vault !== 'none') return failure('vault_exists');
        const weak = weakness(request.passphrase ?? '');
        if (weak) return failure(weak);
        state.passphrase = request.passphrase ?? '';
        state.vault = 'unlocked';
        return ok({ recoveryKey: state.recoveryKey, recoverySheetPdf: SHEET_PDF_BASE64 });
      }
      case 'vault.unlock':
        if (request.passphrase !== state.passphrase) return failure('wrong_passphrase');
        state.vault = 'unlocked';
        return ok({});
      case 'vault.recover': {
        const weak = weakness(request.newPassphrase ?? '');
        if (weak) return failure(weak);
        if (!sameKey(request.recoveryKey ?? '')) return failure('wrong_recovery_key');
        state.passphrase = request.newPassphrase ?? '';
        state.vault = 'unlocked';
        return ok({});
      }
      case 'vault.changePassphrase': {
        const weak = weakness(request.newPassphrase ?? '');
        if (weak) return failure(weak);
        if (request.currentPassphrase !== state.passphrase) return failure('wrong_passphrase');
        state.passphrase = request.newPassphrase ?? '';
        return ok({});
      }
      case 'vault.lock':
        if (state.vault === 'unlocked') state.vault = 'locked';
        return ok({});
      case 'backup.status':
        return unlocked(() => ({}));
      case 'packet.key':
        return unlocked(() => ({ fingerprint: 'ab12'.repeat(16), createdAt: '2026-11-20T10:00:00.000Z' }));
      case 'settings.get':
        return unlocked(() => ({ ...defaultSettings('nl'), autoLockMinutes: state.autoLockMinutes }));
      case 'client.list':
        return unlocked(() => ({ clients: Array.from({ length: state.clients }, (_, index) => client(index)) }));
      case 'traject.list':
        return unlocked(() => ({
          trajects: [
            ...Array.from({ length: state.activeTrajects }, (_, index) => traject(index, 'active')),
            ...Array.from({ length: state.closedTrajects }, (_, index) => traject(100 + index, 'closed')),
          ],
        }));
      default:
        return failure('unknown_method');
    }
  };

  const studio = buildStudioApi(async (method, request) => {
    calls.push({ method, request });
    studioContract[method].request.parse(request);
    const override = answers[method] as Answer<typeof method> | undefined;
    if (override) return override(request);
    return own(method, request as Record<string, string>);
  });

  return {
    studio,
    state,
    calls,
    methods: () => calls.map((call) => call.method),
    answer: (method, answer) => {
      (answers as Record<string, unknown>)[method] = answer;
    },
  };
}

function client(index: number): Client {
  return { id: id('cl', index), name: `Client ${index}`, createdAt: CREATED_AT };
}

function traject(index: number, status: TrajectSummary['status']): TrajectSummary {
  return {
    id: id('tr', index),
    clientId: id('cl', 0),
    title: `Traject ${index}`,
    status,
    startedAt: CREATED_AT,
    awaiting: [],
    rounds: 0,
  };
}
