// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PASSIE_LABELS, PASSIE_KEYS, type PassieKey } from '../../../shared/domain/passie';
import { PassieCircle } from '../../../renderer/src/editor/PassieCircle';

afterEach(cleanup);

const filled = (...keys: PassieKey[]) =>
  Object.fromEntries(PASSIE_KEYS.map((key) => [key, keys.includes(key)])) as Record<PassieKey, boolean>;

describe('PassieCircle', () => {
  it('names every segment with letter, label and state, in order, and fills the written ones', () => {
    const { container } = render(
      <PassieCircle
        filled={filled('p_open', 's2')}
        labels={DEFAULT_PASSIE_LABELS.nl}
        language="nl"
        onSelect={() => {}}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'PASSIE-cirkel' });
    const segments = within(nav).getAllByRole('button');
    expect(segments.map((segment) => segment.getAttribute('aria-label'))).toEqual([
      'P — Positief benoemen: ingevuld',
      'A — Aansluiten: leeg',
      'S — Samenvatten: leeg',
      'S — Spiegelen: ingevuld',
      'I — Inzicht & vragen: leeg',
      'E — Eigen stap: leeg',
      'P — Positief afsluiten: leeg',
    ]);
    const filledKeys = [...container.querySelectorAll('.passie-circle__segment--filled')].map((node) =>
      node.getAttribute('data-passie-key'),
    );
    expect(filledKeys).toEqual(['p_open', 's2']);
    expect([...container.querySelectorAll('.passie-circle__letter')].map((node) => node.textContent).join('')).toBe(
      'PASSIE',
    );
    expect(container.querySelector('.passie-circle__count')?.textContent).toBe('2/7');
  });

  it('speaks English with the coach’s own labels and marks the current block', () => {
    render(
      <PassieCircle
        filled={filled('p_close')}
        labels={{ ...DEFAULT_PASSIE_LABELS.en, e: 'One small step' }}
        language="en"
        current="e"
        onSelect={() => {}}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'PASSIE circle' });
    expect(within(nav).getByRole('button', { name: 'E — One small step: empty' }).getAttribute('aria-current')).toBe(
      'true',
    );
    expect(within(nav).getByRole('button', { name: 'P — Close on the positive: filled in' })).toBeDefined();
    expect(
      within(nav)
        .getAllByRole('button')
        .filter((node) => node.hasAttribute('aria-current')),
    ).toHaveLength(1);
  });

  it('asks to go to a block on click, Enter and Space', () => {
    const onSelect = vi.fn();
    render(<PassieCircle filled={filled()} labels={DEFAULT_PASSIE_LABELS.nl} language="nl" onSelect={onSelect} />);
    const segment = screen.getByRole('button', { name: 'I — Inzicht & vragen: leeg' });
    expect(segment.getAttribute('tabindex')).toBe('0');
    fireEvent.click(segment);
    fireEvent.keyDown(screen.getByRole('button', { name: 'A — Aansluiten: leeg' }), { key: 'Enter' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'P — Positief afsluiten: leeg' }), { key: ' ' });
    fireEvent.keyDown(segment, { key: 'x' });
    expect(onSelect.mock.calls).toEqual([['i'], ['a'], ['p_close']]);
  });
});
