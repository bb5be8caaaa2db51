import type { MethodName } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import { buildStudioApi, type StudioApi } from '../../../shared/api/studio-api';
import type { AppStatus } from '../../../shared/domain/app-status';

export type StatusAnswer = ApiResult<AppStatus> | Promise<ApiResult<AppStatus>>;

/**
 * A studio whose every method gives the queued answers in order (the last one repeats); for the first screen,
 * which only asks `app.status`. Built with the real `buildStudioApi`, so only the transport is replaced.
 */
export function scriptedStudio(...answers: StatusAnswer[]): { studio: StudioApi; calls: MethodName[] } {
  const calls: MethodName[] = [];
  const studio = buildStudioApi(async (method) => {
    calls.push(method);
    const answer = answers.length > 1 ? answers.shift() : answers[0];
    if (answer === undefined) throw new Error('scriptedStudio needs at least one answer');
    return answer;
  });
  return { studio, calls };
}

export function statusOf(vault: AppStatus['vault'], version = '0.1.0'): ApiResult<AppStatus> {
  return { ok: true, value: { version, vault } };
}
