import type { MethodName, ParsedRequestOf, ResponseOf } from '../../shared/api/contract';

/** One handler per contract method: a method without a handler fails the type check where handlers are built. */
export type StudioHandlers = {
  [M in MethodName]: (request: ParsedRequestOf<M>) => Promise<ResponseOf<M>>;
};
