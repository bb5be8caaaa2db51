import type { ApiError } from '../../../shared/api/errors';
import type { AppStatus } from '../../../shared/domain/app-status';

/** Where the studio is, from the coach's point of view: one screen per phase. */
export type SessionPhase =
  | { kind: 'loading' }
  | { kind: 'failed'; error: ApiError }
  /** `returning`: back from the create screen, so the focus goes to the welcome heading. */
  | { kind: 'welcome'; returning: boolean }
  | { kind: 'creating' }
  /** Restoring a backup as the studio's vault (only while it has none). */
  | { kind: 'restoring' }
  /**
   * `autoLocked`: the vault locked itself while the coach was away, which the unlock screen says. `restoredFrom`:
   * the vault was just restored from the backup made then, so the unlock screen says which passphrase opens it.
   */
  | { kind: 'locked'; autoLocked: boolean; restoredFrom?: string }
  /** `recovered`: just unlocked with the recovery key, so the new passphrase is worth a word. */
  | { kind: 'unlocked'; recovered: boolean };

export interface SessionState {
  phase: SessionPhase;
  /** The studio's version for the footer, once any status answer has told it. */
  version: string | undefined;
}

export type SessionEvent =
  | { type: 'retry' }
  | { type: 'statusFailed'; error: ApiError }
  /** An `app.status` answer: the first one places the coach; later ones (the poll) only notice a lock. */
  | { type: 'status'; status: AppStatus }
  | { type: 'createStarted' }
  | { type: 'createCancelled' }
  | { type: 'restoreStarted' }
  | { type: 'restoreCancelled' }
  /** A backup (made at `createdAt`) is now the studio's vault, locked. */
  | { type: 'restored'; createdAt: string }
  | { type: 'unlocked'; recovered?: boolean }
  | { type: 'lockedByCoach' }
  /** Some call answered `vault_locked`: the vault locked itself on the studio side. */
  | { type: 'vaultLocked' };

export const initialSession: SessionState = { phase: { kind: 'loading' }, version: undefined };

function phaseFor(vault: AppStatus['vault']): SessionPhase {
  if (vault === 'none') return { kind: 'welcome', returning: false };
  if (vault === 'locked') return { kind: 'locked', autoLocked: false };
  return { kind: 'unlocked', recovered: false };
}

export function sessionReducer(state: SessionState, event: SessionEvent): SessionState {
  const { phase } = state;
  switch (event.type) {
    case 'retry':
      return { ...state, phase: { kind: 'loading' } };
    case 'statusFailed':
      return phase.kind === 'loading' ? { ...state, phase: { kind: 'failed', error: event.error } } : state;
    case 'status': {
      const version = event.status.version;
      if (phase.kind === 'loading' || phase.kind === 'failed') return { version, phase: phaseFor(event.status.vault) };
      if (phase.kind === 'unlocked' && event.status.vault !== 'unlocked') {
        return {
          version,
          phase: event.status.vault === 'locked' ? { kind: 'locked', autoLocked: true } : phaseFor('none'),
        };
      }
      return version === state.version ? state : { ...state, version };
    }
    case 'createStarted':
      return phase.kind === 'welcome' ? { ...state, phase: { kind: 'creating' } } : state;
    case 'createCancelled':
      return phase.kind === 'creating' ? { ...state, phase: { kind: 'welcome', returning: true } } : state;
    case 'restoreStarted':
      return phase.kind === 'welcome' ? { ...state, phase: { kind: 'restoring' } } : state;
    case 'restoreCancelled':
      return phase.kind === 'restoring' ? { ...state, phase: { kind: 'welcome', returning: true } } : state;
    case 'restored':
      return phase.kind === 'restoring'
        ? { ...state, phase: { kind: 'locked', autoLocked: false, restoredFrom: event.createdAt } }
        : state;
    case 'unlocked':
      return { ...state, phase: { kind: 'unlocked', recovered: event.recovered ?? false } };
    case 'lockedByCoach':
      return { ...state, phase: { kind: 'locked', autoLocked: false } };
    case 'vaultLocked':
      return phase.kind === 'unlocked' ? { ...state, phase: { kind: 'locked', autoLocked: true } } : state;
  }
}
