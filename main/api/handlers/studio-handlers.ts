import type { z } from 'zod';
import type { StudioContract } from '../../../shared/api/contract';
import type { LocalContract } from '../../../shared/api/local-contract';

/** A contract table: method name → the schemas of its request and response. */
export type Contract = Record<string, { request: z.ZodType; response: z.ZodType }>;

/** One handler per contract method: a method without a handler fails the type check where handlers are built. */
export type HandlersFor<C extends Contract> = {
  [M in keyof C]: (request: z.output<C[M]['request']>) => Promise<z.output<C[M]['response']>>;
};

export type StudioHandlers = HandlersFor<StudioContract>;
/** The command line's own methods (shared/api/local-contract.ts). */
export type LocalHandlers = HandlersFor<LocalContract>;
