// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkClientForm } from '../../../renderer/src/screens/clients/client-form';
import { renderApp, resetDom } from '../support/render-app';
import { client, coachingStudio, idOf, traject } from '../support/fake-coaching';

afterEach(() => {
  resetDom();
  window.location.hash = '';
});

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('checkClientForm', () => {
  const empty = { name: '', salutation: '', email: '', phone: '', notes: '', language: 'nl' as const };

  it('needs a name, and a real e-mail address when one is given', () => {
    expect(checkClientForm(empty)).toEqual({ ok: false, errors: { name: 'nameEmpty' } });
    expect(checkClientForm({ ...empty, name: '   ', email: 'daniëlle@' })).toEqual({
      ok: false,
      errors: { name: 'nameEmpty', email: 'emailInvalid' },
    });
    expect(checkClientForm({ ...empty, name: 'x'.repeat(201) })).toEqual({
      ok: false,
      errors: { name: 'nameTooLong' },
    });
    expect(checkClientForm({ ...empty, name: 'Joost', phone: '0'.repeat(41), notes: 'n'.repeat(10_001) })).toEqual({
      ok: false,
      errors: { phone: 'phoneTooLong', notes: 'notesTooLong' },
    });
  });

  it('trims what it sends', () => {
    expect(
      checkClientForm({ ...empty, name: ' Joost ', salutation: ' Jo ', email: ' joost@example.org ', notes: ' \n' }),
    ).toEqual({
      ok: true,
      fields: { name: 'Joost', salutation: 'Jo', email: 'joost@example.org', phone: '', notes: '', language: 'nl' },
    });
    expect(checkClientForm({ ...empty, name: 'Joost', salutation: 'j'.repeat(101) })).toEqual({
      ok: false,
      errors: { salutation: 'salutationTooLong' },
    });
  });
});

describe('adding a client from the dashboard', () => {
  it('explains what is wrong, on the field, with the focus there; then adds and opens the client', async () => {
    const studio = coachingStudio();
    renderApp({ language: 'nl', studio: studio.studio });
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuwe cliënt' }));
    const name = screen.getByLabelText('Naam');
    expect(document.activeElement).toBe(name);

    fireEvent.click(screen.getByRole('button', { name: 'Cliënt toevoegen' }));
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Vul de naam van de cliënt in.').closest('p')?.id).toBe(
      name.getAttribute('aria-describedby'),
    );
    expect(document.activeElement).toBe(name);

    type('Naam', 'Daniëlle van Dijk-Ramdin');
    expect(name.getAttribute('aria-invalid')).toBeNull();
    type('E-mailadres (optioneel)', 'danielle@');
    fireEvent.click(screen.getByRole('button', { name: 'Cliënt toevoegen' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('E-mailadres (optioneel)')));
    expect(screen.getByText(/Dit is geen geldig e-mailadres/)).toBeDefined();
    expect(studio.methods()).not.toContain('client.add');

    type('E-mailadres (optioneel)', 'danielle.vandijk@example.com');
    type('Telefoonnummer (optioneel)', '06 1234 5678');
    // A new client speaks the coach's language until the coach chooses another.
    expect((screen.getByLabelText('Taal van de cliënt') as HTMLSelectElement).value).toBe('nl');
    fireEvent.change(screen.getByLabelText('Taal van de cliënt'), { target: { value: 'en' } });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Cliënt toevoegen' })));
    expect(studio.calls.find((call) => call.method === 'client.add')?.request).toEqual({
      name: 'Daniëlle van Dijk-Ramdin',
      salutation: '',
      email: 'danielle.vandijk@example.com',
      phone: '06 1234 5678',
      notes: '',
      language: 'en',
    });
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/clients\/cl_/));
  });

  it('gives the focus back to the button when the form is cancelled', async () => {
    renderApp({ language: 'en', studio: coachingStudio().studio });
    fireEvent.click(await screen.findByRole('button', { name: 'New client' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New client' }));
  });
});

describe('the client screen', () => {
  const daniëlle = client(1, {
    name: 'Daniëlle van Dijk-Ramdin',
    email: 'danielle@example.com',
    notes: 'Via de huisarts.',
  });

  async function openClient() {
    const studio = coachingStudio({
      clients: [daniëlle, client(2)],
      trajects: [
        traject(1, 1, { title: 'Weer aan het werk', goal: 'Bewust kiezen', rounds: 3 }),
        traject(2, 1, { title: 'Eerder traject', status: 'closed' }),
        traject(3, 2, { title: 'Van een ander' }),
      ],
    });
    window.location.hash = `#/clients/${daniëlle.id}`;
    renderApp({ language: 'nl', studio: studio.studio });
    const heading = await screen.findByRole('heading', { level: 2, name: 'Daniëlle van Dijk-Ramdin' });
    return { studio, heading };
  }

  it('shows the details and only this client’s trajects, active ones first, focus on the name', async () => {
    const { heading } = await openClient();
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('danielle@example.com')).toBeDefined();
    expect(screen.getByText('Via de huisarts.')).toBeDefined();
    const trajects = screen.getByRole('region', { name: 'Trajecten' });
    expect(
      within(trajects)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Weer aan het werk', 'Eerder traject']);
    expect(within(trajects).getByText('Afgesloten')).toBeDefined();
  });

  it('edits the details in place', async () => {
    const { studio } = await openClient();
    fireEvent.click(screen.getByRole('button', { name: 'Gegevens bewerken' }));
    expect((screen.getByLabelText('Naam') as HTMLInputElement).value).toBe('Daniëlle van Dijk-Ramdin');
    type('Telefoonnummer (optioneel)', '020 123 4567');
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen bewaren' })));
    expect(await screen.findByText('De gegevens zijn bewaard.')).toBeDefined();
    expect(screen.getByText('020 123 4567')).toBeDefined();
    expect(studio.calls.find((call) => call.method === 'client.update')?.request).toMatchObject({
      id: daniëlle.id,
      fields: { phone: '020 123 4567' },
    });
  });

  it('starts a traject (a title is needed) and opens it', async () => {
    const { studio } = await openClient();
    fireEvent.click(screen.getByRole('button', { name: 'Traject starten' }));
    fireEvent.click(screen.getByRole('button', { name: 'Traject starten' }));
    expect(await screen.findByText('Geef het traject een titel.')).toBeDefined();
    type('Titel', 'Loopbaankeuze');
    type('Doel', 'Kiezen wat bij mij past.');
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Traject starten' })));
    expect(studio.calls.find((call) => call.method === 'traject.add')?.request).toEqual({
      clientId: daniëlle.id,
      title: 'Loopbaankeuze',
      goal: 'Kiezen wat bij mij past.',
    });
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/trajects\/tr_/));
  });

  it('says so when the client does not exist', async () => {
    window.location.hash = `#/clients/${idOf('cl', 99)}`;
    renderApp({ language: 'nl', studio: coachingStudio({ clients: [daniëlle] }).studio });
    expect(await screen.findByRole('heading', { level: 2, name: 'Deze pagina bestaat niet' })).toBeDefined();
    expect(screen.getByText('Deze cliënt bestaat niet (meer).')).toBeDefined();
  });
});
