// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkProgress } from '../../../shared/domain/work-progress';
import { StudioProvider } from '../../../renderer/src/app/studio-context';
import { LongWorkProgress } from '../../../renderer/src/components/LongWorkProgress';
import { createI18n } from '../../../renderer/src/i18n';
import { fakeStudio } from '../support/fake-studio';
import { resetDom } from '../support/render-app';

afterEach(() => resetDom());

function renderProgress(active: boolean, answer: () => WorkProgress) {
  const fake = fakeStudio({ vault: 'unlocked' }, { 'app.work': () => ({ ok: true, value: answer() }) });
  const tree = (on: boolean) => (
    <I18nextProvider i18n={createI18n('nl')}>
      <StudioProvider studio={fake.studio}>
        <LongWorkProgress active={on} />
      </StudioProvider>
    </I18nextProvider>
  );
  const view = render(tree(active));
  return { rerender: (on: boolean) => view.rerender(tree(on)) };
}

describe('the progress of long work', () => {
  it('says nothing for work that ends at once, then what the studio is doing, with a bar that counts', async () => {
    let running: WorkProgress['running'] = { work: 'backup', stage: 'reading' };
    const view = renderProgress(true, () => ({ running }));
    expect(document.querySelector('.long-work')!.textContent).toBe('');
    expect(await screen.findByText('Het dossier wordt gelezen…', {}, { timeout: 2_000 })).toBeDefined();
    expect(screen.getByText(/U hoeft niets te doen/)).toBeDefined();

    running = { work: 'backup', stage: 'copying', done: 12, total: 40 };
    expect(await screen.findByText('Bestanden worden gekopieerd… (12 van 40)')).toBeDefined();
    const bar = document.querySelector('progress')!;
    expect([bar.max, bar.value]).toEqual([40, 12]);

    view.rerender(false);
    expect(document.querySelector('.long-work')!.textContent).toBe('');
  });
});
