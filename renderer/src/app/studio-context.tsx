import { createContext, useContext, type ReactNode } from 'react';
import type { StudioApi } from '../../../shared/api/studio-api';

const StudioContext = createContext<StudioApi | null>(null);

/** Hands the one studio API down the tree, so screens and tests get it the same way. */
export function StudioProvider({ studio, children }: { studio: StudioApi; children: ReactNode }) {
  return <StudioContext value={studio}>{children}</StudioContext>;
}

export function useStudio(): StudioApi {
  const studio = useContext(StudioContext);
  if (!studio) throw new Error('useStudio needs a <StudioProvider> above it.');
  return studio;
}
