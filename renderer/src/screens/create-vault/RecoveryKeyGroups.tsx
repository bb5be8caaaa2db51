/**
 * The recovery key in large monospace groups of four. The dashes between groups are there for copying (a copied
 * key reads "7KQ2-M9XD-…"); on screen only the spacing shows them.
 */
export function RecoveryKeyGroups({ recoveryKey, id }: { recoveryKey: string; id?: string }) {
  return (
    <p id={id} className="recovery-key" translate="no">
      {recoveryKey.split('-').map((group, index) => (
        <span key={index} className="recovery-key__group">
          {index > 0 && <span className="visually-hidden">-</span>}
          {group}
        </span>
      ))}
    </p>
  );
}
