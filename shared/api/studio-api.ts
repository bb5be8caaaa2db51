import type { ApiResult } from './errors';
import type { RequestOf, ResponseOf } from './contract';
import { METHOD_NAMES, type MethodName } from './method-names';

type NamespaceOf<M extends string> = M extends `${infer N}.${string}` ? N : never;
type MemberOf<M extends string, N extends string> = M extends `${N}.${infer R}` ? R : never;

export type StudioMethod<M extends MethodName> =
  Record<string, never> extends RequestOf<M>
    ? (request?: RequestOf<M>) => Promise<ApiResult<ResponseOf<M>>>
    : (request: RequestOf<M>) => Promise<ApiResult<ResponseOf<M>>>;

/**
 * What the renderer sees as `window.studio` (Electron) or the HTTP client (browser host): `studio.app.status()`.
 * Methods resolve to a result rather than throwing, because thrown errors lose their fields across contextBridge.
 */
export type StudioApi = {
  [N in NamespaceOf<MethodName>]: {
    [K in MemberOf<MethodName, N>]: StudioMethod<Extract<`${N}.${K}`, MethodName>>;
  };
};

export type Invoke = (method: MethodName, request: unknown) => Promise<ApiResult<unknown>>;

/** Builds the nested, named-method object from the contract, each method forwarding to `invoke`. */
export function buildStudioApi(invoke: Invoke): StudioApi {
  const api: Record<string, Record<string, (request?: unknown) => Promise<ApiResult<unknown>>>> = {};
  for (const method of METHOD_NAMES) {
    const [namespace, member] = method.split('.') as [string, string];
    api[namespace] ??= {};
    api[namespace][member] = (request?: unknown) => invoke(method, request ?? {});
  }
  return api as unknown as StudioApi;
}
