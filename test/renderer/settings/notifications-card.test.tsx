// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ParsedRequestOf } from '../../../shared/api/contract';
import { defaultSettings, type Settings } from '../../../shared/domain/settings';
import { StudioProvider } from '../../../renderer/src/app/studio-context';
import { createI18n, type Language } from '../../../renderer/src/i18n';
import { NotificationsCard } from '../../../renderer/src/screens/settings/NotificationsCard';
import { fakeStudio } from '../support/fake-studio';
import { resetDom } from '../support/render-app';

afterEach(() => {
  resetDom();
  vi.unstubAllGlobals();
  delete window.studioWindow;
});

function renderCard(language: Language = 'nl', settings: Settings = defaultSettings(language)) {
  const updates: ParsedRequestOf<'settings.update'>[] = [];
  const fake = fakeStudio(
    { vault: 'unlocked' },
    {
      'settings.update': (request) => {
        updates.push(request as ParsedRequestOf<'settings.update'>);
        return { ok: true, value: { ...settings, ...(request as ParsedRequestOf<'settings.update'>) } };
      },
    },
  );
  const onSaved = vi.fn();
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <StudioProvider studio={fake.studio}>
        <NotificationsCard settings={settings} onSaved={onSaved} />
      </StudioProvider>
    </I18nextProvider>,
  );
  return { updates, onSaved };
}

/** The browser's Notification, as far as the card reads it. */
function stubBrowserNotification(permission: NotificationPermission, answer: NotificationPermission = permission) {
  const requestPermission = vi.fn(async () => {
    stub.permission = answer;
    return answer;
  });
  const stub = Object.assign(function Notification() {}, { permission, requestPermission });
  vi.stubGlobal('Notification', stub);
  return requestPermission;
}

describe('the notifications card', () => {
  it('is on by default, switches off through the settings, and says what a notification never shows', async () => {
    stubBrowserNotification('granted');
    const { updates, onSaved } = renderCard();
    expect(screen.getByRole('heading', { name: 'Meldingen' })).toBeDefined();
    expect(screen.getByText(/nooit een cliënt, een traject of tekst/)).toBeDefined();
    const toggle = screen.getByRole('checkbox', { name: 'Meldingen tonen' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(updates).toEqual([{ notifications: false }]));
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ notifications: false }));
  });

  it('shows a switched-off setting as off', () => {
    stubBrowserNotification('granted');
    renderCard('en', { ...defaultSettings('en'), notifications: false });
    expect((screen.getByRole('checkbox', { name: 'Show notifications' }) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText('This browser may show notifications from the studio.')).toBeDefined();
  });

  it('in a browser, asks for permission only when the coach clicks, and shows the answer', async () => {
    const requestPermission = stubBrowserNotification('default', 'granted');
    renderCard();
    expect(screen.getByText('Deze browser toont meldingen pas als u dat toestaat.')).toBeDefined();
    expect(requestPermission).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Meldingen toestaan' }));
    await screen.findByText('Deze browser mag meldingen van de studio tonen.');
    expect(requestPermission).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Meldingen toestaan' })).toBeNull();
  });

  it('tells where to allow notifications a browser blocks, or that it has none', () => {
    stubBrowserNotification('denied');
    renderCard('en');
    expect(screen.getByText(/This browser blocks notifications/)).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Allow notifications' })).toBeNull();
    resetDom();
    vi.stubGlobal('Notification', undefined);
    renderCard('en');
    expect(screen.getByText(/This browser cannot show notifications/)).toBeDefined();
  });

  it('in the desktop app, says nothing about a browser permission', () => {
    window.studioWindow = { onBeforeClose: () => () => undefined, notify: vi.fn() };
    renderCard();
    expect(screen.queryByText(/Deze browser/)).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Meldingen tonen' })).toBeDefined();
  });
});
