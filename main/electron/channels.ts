import type { MethodName } from '../../shared/api/contract';

const CHANNEL_PREFIX = 'studio:';

/**
 * The IPC channel of one contract method. Derived, never written by hand, so the preload and the main process
 * cannot drift apart and no channel exists without a contract method behind it.
 */
export function channelFor(method: MethodName): `studio:${MethodName}` {
  return `${CHANNEL_PREFIX}${method}`;
}
