/** The environment variables that bring secrets to the command line (README, "The command line"). */
export const SECRET_ENV = {
  passphrase: 'PASSIE_PASSPHRASE',
  newPassphrase: 'PASSIE_NEW_PASSPHRASE',
  recoveryKey: 'PASSIE_RECOVERY_KEY',
  p12Password: 'PASSIE_P12_PASSWORD',
} as const;

const secretNames = new Set<string>(Object.values(SECRET_ENV));

/**
 * The environment for a child process (Chromium, Electron, a build): `env` without the secrets, which the child
 * has no use for and could pass on to its own children or into a crash report. Every spawn uses this.
 */
export function withoutSecrets(env: NodeJS.ProcessEnv, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const rest = Object.fromEntries(Object.entries(env).filter(([name]) => !secretNames.has(name.toUpperCase())));
  return { ...rest, ...extra };
}
