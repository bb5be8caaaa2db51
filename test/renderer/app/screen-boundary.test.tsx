// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScreenBoundary } from '../../../renderer/src/components/ScreenBoundary';
import { createI18n } from '../../../renderer/src/i18n';

afterEach(cleanup);

describe('ScreenBoundary', () => {
  it('shows one plain sentence instead of a screen that throws, and tries again on request', () => {
    let broken = true;
    function Screen() {
      if (broken) throw new Error('chunk failed at /secret/path');
      return <p>Het scherm</p>;
    }
    const onRetry = vi.fn(() => {
      broken = false;
    });
    // React reports the caught error on the console; that is not part of what the coach sees.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <I18nextProvider i18n={createI18n('nl')}>
        <ScreenBoundary onRetry={onRetry}>
          <Screen />
        </ScreenBoundary>
      </I18nextProvider>,
    );
    quiet.mockRestore();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/\S/);
    expect(document.body.textContent).not.toContain('/secret/path');
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(onRetry).toHaveBeenCalledOnce();
    expect(screen.getByText('Het scherm')).toBeTruthy();
  });
});
