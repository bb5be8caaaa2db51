import { useState } from 'react';
import { ChoosePassphraseStep } from './ChoosePassphraseStep';
import { CoachDetailsStep } from './CoachDetailsStep';
import { RecoveryKeyStep, type NewVaultSecrets } from './RecoveryKeyStep';

interface CreateVaultScreenProps {
  onCancel: () => void;
  /** The vault exists after all: the coach goes to the unlock screen instead. */
  onVaultExists: () => void;
  /** The vault is created and unlocked, and the coach has kept the recovery key. */
  onDone: () => void;
}

/**
 * Creating a vault in three steps: choose the passphrase, keep the recovery key, say who you are. The key and its
 * sheet live in this component's state only, and are dropped before the coach moves on.
 */
export function CreateVaultScreen({ onCancel, onVaultExists, onDone }: CreateVaultScreenProps) {
  const [secrets, setSecrets] = useState<NewVaultSecrets | undefined>();
  const [keyKept, setKeyKept] = useState(false);

  if (keyKept) return <CoachDetailsStep onDone={onDone} />;
  if (!secrets)
    return <ChoosePassphraseStep onCancel={onCancel} onVaultExists={onVaultExists} onCreated={setSecrets} />;
  return (
    <RecoveryKeyStep
      secrets={secrets}
      onDone={() => {
        setSecrets(undefined);
        setKeyKept(true);
      }}
    />
  );
}
