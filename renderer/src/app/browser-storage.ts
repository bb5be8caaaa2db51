/**
 * The browser's storages, or undefined where reading them throws (storage switched off, sandboxed frame):
 * the studio then still works, it only forgets across reloads.
 */
export function localStorageOrNone(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function sessionStorageOrNone(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
