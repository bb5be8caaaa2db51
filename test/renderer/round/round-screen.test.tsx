// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Editor } from '@tiptap/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ParsedRequestOf } from '../../../shared/api/contract';
import { errorMessages } from '../../../shared/i18n/error-messages';
import { AUTOSAVE_DELAY_MS } from '../../../renderer/src/screens/round/use-draft-autosave';
import { failure } from '../support/fake-studio';
import { CURRENT, EARLIER, renderRound, roundWorld, type RoundWorld } from './round-world';

beforeAll(() => {
  // jsdom does no layout: ProseMirror's scrolling and the quote button's placing need these to exist.
  if (typeof Range.prototype.getClientRects !== 'function') {
    Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
    Range.prototype.getBoundingClientRect = () => new DOMRect();
  }
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  document.getSelection()?.removeAllRanges();
});

const EDITOR = 'Reactie volgens het PASSIE-model';

async function openRound(world: RoundWorld = roundWorld(), options: Parameters<typeof renderRound>[1] = {}) {
  renderRound(world, options);
  await screen.findByRole('heading', { level: 2, name: /^Ronde/ });
  const textbox = screen.getByRole('textbox', { name: EDITOR });
  const editor = (textbox as unknown as { editor: Editor }).editor;
  return { world, textbox, editor };
}

const savedDrafts = (world: RoundWorld) =>
  world.fake.calls
    .filter((call) => call.method === 'reply.saveDraft')
    .map((call) => call.request as ParsedRequestOf<'reply.saveDraft'>);

const blockText = (editor: Editor, key: string) => {
  let text = '';
  editor.state.doc.forEach((section) => {
    if (section.attrs.key === key) text = section.textBetween(0, section.content.size, '|');
  });
  return text;
};

function write(editor: Editor, key: Parameters<Editor['commands']['insertSnippet']>[0], text: string) {
  act(() => {
    editor.commands.insertSnippet(key, text);
  });
}

/** Selects the first `length` characters of the text that starts with `start`, as a drag of the mouse would. */
function selectText(start: string, length: number) {
  const walker = document.createTreeWalker(document.querySelector('.answers')!, NodeFilter.SHOW_TEXT);
  let node: Node | null;
  while ((node = walker.nextNode()) && !node.textContent?.startsWith(start));
  const range = document.createRange();
  range.setStart(node!, 0);
  range.setEnd(node!, length);
  act(() => {
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
  });
}

describe('the split view', () => {
  it('shows each answer under its place and question, a free title as it is, and an unknown question plainly', async () => {
    await openRound();
    const answers = screen.getByRole('region', { name: 'Antwoorden' });
    const articles = within(answers).getAllByRole('article');
    expect(
      articles.map(
        (article) =>
          article.getAttribute('aria-labelledby') && within(article).getByRole('heading', { level: 4 }).textContent,
      ),
    ).toEqual(['Wat is jouw veilige haven?', 'Wat ik nog kwijt wil', 'Vraag die niet (meer) in de catalogus staat']);
    expect(within(articles[0]!).getByText('Veilige haven')).toBeDefined();
    expect(within(articles[1]!).getByText('Eigen vraag')).toBeDefined();
    expect(within(articles[0]!).getByText('Het strand bij Wijk aan Zee, in de winter.').tagName).toBe('P');
    // Attachments are listed by name and size, each with a way to save it.
    const attachments = within(articles[0]!).getByRole('list', { name: 'Bijlagen' });
    expect(
      within(attachments)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['tekening.jpg20 kBOpslaan als… – tekening.jpg']);
  });

  it('renders rich text from the JSON: links with their address and not followable, markup as text', async () => {
    await openRound();
    const article = screen.getAllByRole('article')[0]!;
    expect(within(article).queryByRole('link')).toBeNull();
    expect(article.querySelector('.rich-link')?.textContent).toBe('mijn blog (https://example.org/blog)');
    expect(article.querySelector('strong')?.textContent).toBe(' en <script>alert(1)</script>');
    expect(article.querySelector('script')).toBeNull();
  });

  it('has a header with client, traject, round, received and the response clock', async () => {
    await openRound();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Ronde 2 · Daan de Vries');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
    expect(screen.getByRole('navigation', { name: 'Kruimelpad' }).textContent).toContain('Kiezen voor rust');
    expect(screen.getByText('Reactie uiterlijk')).toBeDefined();
    expect(screen.getByText(/dagen te laat$/)).toBeDefined();
  });

  it('gives the PASSIE editor the coach’s labels and phrases, with the circle', async () => {
    const world = roundWorld();
    world.settings.passieLabels.nl.a = 'Aansluiten bij gevoel';
    const { textbox } = await openRound(world);
    expect(textbox.querySelector('[data-passie-key="a"] .passie-block__label')?.textContent).toBe(
      'Aansluiten bij gevoel',
    );
    expect(screen.getByRole('navigation', { name: 'PASSIE-cirkel' })).toBeDefined();
  });

  it('switches the left pane to an earlier round with the reply sent then, and back', async () => {
    await openRound();
    const answers = screen.getByRole('region', { name: 'Antwoorden' });
    const switcher = within(answers).getByLabelText('Ronde') as HTMLSelectElement;
    expect([...switcher.options].map((option) => option.textContent)).toEqual([
      'Ronde 2 – deze ronde',
      expect.stringMatching(/^Ronde 1 – 10 jan\.? 2025$/),
    ]);
    fireEvent.change(switcher, { target: { value: EARLIER } });
    expect(within(answers).getByRole('heading', { level: 4, name: 'Wie hoort daarbij?' })).toBeDefined();
    const reply = within(answers).getByRole('region', { name: 'Uw reactie in ronde 1' });
    expect(within(reply).getByText('Wat fijn dat je schreef.')).toBeDefined();
    expect(
      within(reply)
        .getAllByRole('heading', { level: 5 })
        .map((heading) => heading.textContent),
    ).toEqual(['PP — Positief benoemen']);
    fireEvent.click(within(answers).getByRole('button', { name: 'Terug naar ronde 2' }));
    expect(switcher.value).toBe(CURRENT);
    expect(within(answers).getAllByRole('article')).toHaveLength(3);
  });

  it('shows a round that does not exist as the shared sentence', async () => {
    renderRound(roundWorld(), { roundId: 'rd_99999999999999999999' });
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.nl.round_not_found);
  });
});

describe('quoting', () => {
  it('puts selected answer text as a quote in the chosen block, and focuses it', async () => {
    const { editor } = await openRound();
    selectText('Het strand', 10);
    await waitFor(() => expect(document.querySelector('.quote-float')).not.toBeNull());
    fireEvent.click(document.querySelector('.quote-float')!);
    const menu = screen.getByRole('menu', { name: 'Citeer in welk blok?' });
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'PP — Positief benoemen',
      'AA — Aansluiten',
      'SS — Samenvatten',
      'SS — Spiegelen',
      'II — Inzicht & vragen',
      'EE — Eigen stap',
      'PP — Positief afsluiten',
    ]);
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.click(items[1]!);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(blockText(editor, 'a')).toBe('Het strand|');
    expect(editor.state.doc.child(1).firstChild?.type.name).toBe('blockquote');
    await waitFor(() => expect(document.activeElement).toBe(editor.view.dom));
    expect(screen.getByText('Geciteerd in Aansluiten.')).toBeDefined();
  });

  it('quotes a whole answer with Ctrl+Shift+Q when the answer has the keyboard focus; Escape closes', async () => {
    const { editor } = await openRound();
    const [, second] = screen.getAllByRole('article');
    act(() => second!.focus());
    fireEvent.keyDown(window, { key: 'Q', code: 'KeyQ', ctrlKey: true, shiftKey: true });
    let menu = screen.getByRole('menu', { name: 'Heel antwoord citeren in…' });
    fireEvent.keyDown(menu, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(second);

    fireEvent.keyDown(window, { key: 'Q', code: 'KeyQ', ctrlKey: true, shiftKey: true });
    menu = screen.getByRole('menu', { name: 'Heel antwoord citeren in…' });
    fireEvent.keyDown(menu, { key: 'End' });
    fireEvent.click(document.activeElement!);
    expect(blockText(editor, 'p_close')).toBe('Dat ik moe ben.|');
  });

  it('says what to do when nothing is selected', async () => {
    await openRound();
    fireEvent.click(screen.getByRole('button', { name: 'Citeer in…' }));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByText('Selecteer eerst tekst in een antwoord, of ga met Tab naar een antwoord.')).toBeDefined();
  });
});

describe('autosave', () => {
  it('saves once typing pauses, not at every keystroke', async () => {
    const { world, editor } = await openRound();
    vi.useFakeTimers();
    write(editor, 'a', 'Een');
    void act(() => vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 100));
    write(editor, 'a', ' twee');
    void act(() => vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1));
    expect(savedDrafts(world)).toHaveLength(0);
    await act(async () => vi.advanceTimersByTime(1));
    expect(savedDrafts(world)).toHaveLength(1);
    expect(savedDrafts(world)[0]!.blocks.a.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Een twee' }] },
    ]);
    vi.useRealTimers();
    expect(await screen.findByText(/^Opgeslagen (om|op) /)).toBeDefined();
  });

  it('saves at once when the text loses the focus, and when the window is hidden', async () => {
    const { world, editor, textbox } = await openRound();
    write(editor, 'e', 'Een stap');
    fireEvent.focusOut(textbox);
    await waitFor(() => expect(savedDrafts(world)).toHaveLength(1));

    write(editor, 'e', ' verder');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    fireEvent(document, new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    await waitFor(() => expect(savedDrafts(world)).toHaveLength(2));
    expect(savedDrafts(world)[1]!.blocks.e.content[0]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Een stap verder' }],
    });
  });

  it('says so when saving fails, and tries again with the next change', async () => {
    let failing = true;
    const world = roundWorld();
    const save = world.fake;
    const { editor, textbox } = await openRound(world);
    save.answer('reply.saveDraft', () =>
      failing ? failure('dossier_damaged') : { ok: true, value: { updatedAt: new Date().toISOString() } },
    );
    write(editor, 'i', 'Wat helpt?');
    fireEvent.focusOut(textbox);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Het concept is niet opgeslagen:');
    expect(alert.textContent).toContain('Bij uw volgende wijziging proberen we het opnieuw.');
    failing = false;
    write(editor, 'i', ' En wat nog?');
    fireEvent.focusOut(textbox);
    await screen.findByText(/^Opgeslagen (om|op) /);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('starts from the saved draft', async () => {
    const world = roundWorld();
    world.dossier.rounds[1]!.draft = {
      blocks: { ...structuredClone(world.dossier.rounds[0]!.reply!.blocks) },
      updatedAt: '2025-02-01T10:15:00.000Z',
    };
    const { editor } = await openRound(world);
    expect(blockText(editor, 'p_open')).toBe('Wat fijn dat je schreef.');
    expect(screen.getByText(/^Opgeslagen op /)).toBeDefined();
  });
});

describe('sending', () => {
  it('is blocked while a P is empty, says why and leads to the block', async () => {
    const { world, editor } = await openRound();
    write(editor, 'p_open', 'Mooi geschreven.');
    fireEvent.click(screen.getByRole('button', { name: 'Afronden en versturen' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText(errorMessages.nl.reply_needs_positive)).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Naar P — Positief afsluiten' }));
    expect(editor.state.doc.resolve(editor.state.selection.from).node(1).attrs.key).toBe('p_close');
    expect(world.fake.methods()).not.toContain('reply.send');
  });

  it('warns about other empty blocks, asks, and sends anyway when told; then the reply is read-only', async () => {
    const { world, editor } = await openRound();
    write(editor, 'p_open', 'Mooi geschreven.');
    write(editor, 'p_close', 'Tot de volgende keer.');
    fireEvent.click(screen.getByRole('button', { name: 'Afronden en versturen' }));
    const dialog = screen.getByRole('dialog', { name: 'Reactie afronden en versturen?' });
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['A — Aansluiten', 'S — Samenvatten', 'S — Spiegelen', 'I — Inzicht & vragen', 'E — Eigen stap']);
    expect(dialog.textContent).toContain('voorgoed vastgelegd in het dossier van Daan de Vries');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Annuleren' }));
    // Tab stays inside.
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Toch afronden' }));
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Annuleren' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Afronden en versturen' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Toch afronden' }));
    await screen.findByText('De reactie is afgerond en vastgelegd in het dossier. Verstuur haar nu aan de cliënt.');
    const sends = world.fake.calls.filter((call) => call.method === 'reply.send');
    expect(sends.map((call) => call.request)).toEqual([
      { trajectId: world.dossier.traject.id, roundId: CURRENT, allowEmptyBlocks: true },
    ]);
    // The draft was saved before it was sent: the studio sends what it holds.
    expect(world.fake.methods().lastIndexOf('reply.saveDraft')).toBeLessThan(
      world.fake.methods().indexOf('reply.send'),
    );
    const textbox = screen.getByRole('textbox', { name: EDITOR });
    expect(textbox.getAttribute('contenteditable')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Afronden en versturen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Citeer in…' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Kopiëren als e-mail' })).toBeDefined();
  });

  it('asks plainly when every block is written, and sends without allowing empty blocks', async () => {
    const { world, editor } = await openRound();
    for (const key of ['p_open', 'a', 's1', 's2', 'i', 'e', 'p_close'] as const) write(editor, key, `Tekst ${key}`);
    fireEvent.click(screen.getByRole('button', { name: 'Afronden en versturen' }));
    const dialog = screen.getByRole('dialog', { name: 'Reactie afronden en versturen?' });
    expect(within(dialog).queryByRole('list')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Afronden' }));
    await screen.findByText('De reactie is afgerond en vastgelegd in het dossier. Verstuur haar nu aan de cliënt.');
    expect(world.fake.calls.find((call) => call.method === 'reply.send')?.request).toMatchObject({
      allowEmptyBlocks: false,
    });
  });

  it('shows the studio’s refusal in its shared sentence', async () => {
    const { editor } = await openRound(roundWorld({ 'reply.send': () => failure('reply_already_sent') }));
    write(editor, 'p_open', 'Mooi.');
    write(editor, 'p_close', 'Dag.');
    fireEvent.click(screen.getByRole('button', { name: 'Afronden en versturen' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Toch afronden' }));
    expect((await screen.findByRole('alert')).textContent).toBe(errorMessages.nl.reply_already_sent);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens a sent round read-only, with its date', async () => {
    const world = roundWorld();
    await openRound(world, { roundId: EARLIER });
    expect(screen.getByRole('textbox', { name: EDITOR }).getAttribute('aria-readonly')).toBe('true');
    expect(screen.getByText(/^Afgerond op 11 jan\.? 2025/)).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Afronden en versturen' })).toBeNull();
  });
});
