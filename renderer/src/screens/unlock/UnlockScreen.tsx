import { useState } from 'react';
import { RecoverForm } from './RecoverForm';
import { UnlockForm } from './UnlockForm';

interface UnlockScreenProps {
  autoLocked: boolean;
  /** The vault was just restored from the backup made at this moment. */
  restoredFrom?: string;
  onUnlocked: (how: { recovered: boolean }) => void;
}

/** The locked vault: the passphrase, or, for a coach who forgot it, the recovery key and a new passphrase. */
export function UnlockScreen({ autoLocked, restoredFrom, onUnlocked }: UnlockScreenProps) {
  const [mode, setMode] = useState<'unlock' | 'recover' | 'back'>('unlock');

  if (mode === 'recover') {
    return <RecoverForm onBack={() => setMode('back')} onRecovered={() => onUnlocked({ recovered: true })} />;
  }
  return (
    <UnlockForm
      autoLocked={autoLocked && mode === 'unlock'}
      restoredFrom={mode === 'unlock' ? restoredFrom : undefined}
      onForgot={() => setMode('recover')}
      onUnlocked={() => onUnlocked({ recovered: false })}
    />
  );
}
