import type { ReactNode } from 'react';
import { AlertIcon } from './icons';

/** A problem with what the coach just tried, next to the form and announced when it appears. */
export function FormAlert({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} className="form-alert" role="alert">
      <AlertIcon />
      <span>{children}</span>
    </p>
  );
}
