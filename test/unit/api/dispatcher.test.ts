import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../main/api/dispatcher';
import { studioContract } from '../../../shared/api/contract';
import type { StudioHandlers } from '../../../main/api/handlers/studio-handlers';
import { StudioError } from '../../../shared/api/studio-error';
import { errorMessages } from '../../../shared/i18n/error-messages';

// Only app.status is exercised here; the other handlers are never reached.
const handlersWith = (status: StudioHandlers['app.status']) => ({ 'app.status': status }) as unknown as StudioHandlers;

describe('createDispatcher', () => {
  it('runs the handler and returns its validated value', async () => {
    const dispatch = createDispatcher(
      studioContract,
      handlersWith(async () => ({ version: '1.2.3', vault: 'none' })),
      {
        language: () => 'en',
      },
    );
    await expect(dispatch('app.status', {})).resolves.toEqual({ ok: true, value: { version: '1.2.3', vault: 'none' } });
  });

  it('refuses an unknown method, including names inherited from Object.prototype', async () => {
    const dispatch = createDispatcher(studioContract, handlersWith(vi.fn()), { language: () => 'en' });
    for (const method of ['app.nope', 'toString', '__proto__', 'constructor']) {
      const result = await dispatch(method, {});
      expect(result).toEqual({
        ok: false,
        error: { code: 'unknown_method', message: errorMessages.en.unknown_method },
      });
    }
  });

  it('refuses a request that does not match the schema without calling the handler', async () => {
    const handler = vi.fn();
    const dispatch = createDispatcher(studioContract, handlersWith(handler), { language: () => 'nl' });
    for (const request of [{ extra: 1 }, null, 'status', 42, []]) {
      const result = await dispatch('app.status', request);
      expect(result).toEqual({
        ok: false,
        error: { code: 'invalid_request', message: errorMessages.nl.invalid_request },
      });
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a StudioError into its code and sentence', async () => {
    const dispatch = createDispatcher(
      studioContract,
      handlersWith(async () => {
        throw new StudioError('vault_unreadable');
      }),
      { language: () => 'en' },
    );
    await expect(dispatch('app.status', {})).resolves.toEqual({
      ok: false,
      error: { code: 'vault_unreadable', message: errorMessages.en.vault_unreadable },
    });
  });

  it('hides unexpected failures behind a generic sentence and reports them without their text', async () => {
    const onUnexpectedError = vi.fn();
    const dispatch = createDispatcher(
      studioContract,
      handlersWith(async () => {
        throw new Error('/home/coach/secret path with client name');
      }),
      { language: () => 'en', onUnexpectedError },
    );
    const result = await dispatch('app.status', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: errorMessages.en.internal } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(onUnexpectedError).toHaveBeenCalledOnce();
  });

  it('refuses a response that leaks a field the contract does not name', async () => {
    const onUnexpectedError = vi.fn();
    const leaky = async () => ({ version: '1', vault: 'none', dataKey: 'abc' }) as never;
    const dispatch = createDispatcher(studioContract, handlersWith(leaky), { language: () => 'en', onUnexpectedError });
    const result = await dispatch('app.status', {});
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('abc');
    expect(onUnexpectedError).toHaveBeenCalledWith('app.status', 'response failed its schema');
  });
});
