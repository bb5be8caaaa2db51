import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { StudioApi } from '../../../shared/api/studio-api';
import { guardStudio } from './guard-studio';
import { initialSession, sessionReducer, type SessionEvent, type SessionState } from './vault-session';

export interface VaultSession {
  state: SessionState;
  dispatch: (event: SessionEvent) => void;
  /** The API for the screens: its `vault_locked` answers send the coach to the unlock screen. */
  studio: StudioApi;
}

/**
 * The studio's session: asks `app.status` once (and on every retry) to place the coach, then follows what the
 * screens report. The one central place where a locked vault, noticed by any call, returns to the unlock screen.
 */
export function useVaultSession(studio: StudioApi): VaultSession {
  const [state, dispatch] = useReducer(sessionReducer, initialSession);
  const loading = state.phase.kind === 'loading';

  useEffect(() => {
    if (!loading) return undefined;
    let current = true;
    void studio.app
      .status({})
      // The API promises results, not throws; a broken preload is still no reason for an empty window.
      .catch(() => ({ ok: false, error: { code: 'internal', message: 'internal' } }) as const)
      .then((result) => {
        if (!current) return;
        dispatch(result.ok ? { type: 'status', status: result.value } : { type: 'statusFailed', error: result.error });
      });
    return () => {
      current = false;
    };
  }, [studio, loading]);

  const onVaultLocked = useCallback(() => dispatch({ type: 'vaultLocked' }), []);
  const guarded = useMemo(() => guardStudio(studio, onVaultLocked), [studio, onVaultLocked]);

  return { state, dispatch, studio: guarded };
}
