import type { Locator, Page } from '@playwright/test';
import type { PassieKey } from '../../shared/domain/passie';
import { SHOTS, seriousViolations } from './support/checks';
import { expect, openUnlocked, test } from './support/seeded-studio';

/**
 * The split view on the most common small laptop screen (1366×768): room to write, and every jump or quote lands
 * where the coach can read it — not behind the toolbar or the send bar.
 */
const HANNAH = 'Hannah Whitfield';

const blockText = (page: Page, key: PassieKey): Locator =>
  page.locator(`.ProseMirror [data-passie-key="${key}"] .passie-block__content`);

/*
 * The measurements run in the page, written as strings: the e2e project has no DOM types. The readable band of the
 * reply pane is what lies below the sticky toolbar and above the send bar.
 */
const BAND = `(() => {
  const toolbar = document.querySelector('.reply-pane .passie-toolbar').getBoundingClientRect();
  const footer = document.querySelector('.reply-footer').getBoundingClientRect();
  return { top: toolbar.bottom, bottom: footer.top };
})()`;

async function readableBand(page: Page): Promise<{ top: number; bottom: number }> {
  return page.evaluate(BAND);
}

/** How many lines of text the block shows inside the band right now (text line boxes, each line once). */
async function visibleLines(page: Page, key: PassieKey): Promise<number> {
  return page.evaluate(`(() => {
    const band = ${BAND};
    const content = document.querySelector('.ProseMirror [data-passie-key="${key}"] .passie-block__content');
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    const tops = new Set();
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const rect of range.getClientRects()) {
        if (rect.height > 0 && rect.top >= band.top && rect.bottom <= band.bottom) tops.add(Math.round(rect.top));
      }
    }
    return tops.size;
  })()`);
}

/** Whether the caret (the selection's end) is inside the readable band. */
async function caretReadable(page: Page): Promise<boolean> {
  return page.evaluate(`(() => {
    const band = ${BAND};
    const range = document.getSelection().getRangeAt(0).cloneRange();
    range.collapse(false);
    const rects = range.getClientRects();
    const rect = rects.length > 0 ? rects[0] : range.startContainer.getBoundingClientRect();
    return rect.top >= band.top && rect.bottom <= band.bottom;
  })()`);
}

test.describe('the split view on a 13-inch laptop', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('gives the active block at least 12 lines, also after a refused send', async ({ seededStudio, page }) => {
    await openUnlocked(page, seededStudio, seededStudio.roundRoute(HANNAH));
    const editor = page.getByRole('textbox', { name: 'Reactie volgens het PASSIE-model' });
    await expect(editor).toBeVisible();
    // The app's quiet footer yields its height to the editor here.
    await expect(page.getByRole('contentinfo')).toBeHidden();

    // Three paragraphs of a real reply's length, typed at the end of the block: the caret's block fills the pane.
    const sentence = 'Wat je schrijft over de ochtend bij het raam laat zien hoe helder je al weet wat je wilt. ';
    await blockText(page, 'p_open').click();
    for (let paragraph = 1; paragraph <= 3; paragraph += 1) {
      await page.keyboard.insertText(sentence.repeat(5).trim());
      if (paragraph < 3) await page.keyboard.press('Enter');
    }
    await expect.poll(() => visibleLines(page, 'p_open')).toBeGreaterThanOrEqual(12);
    expect(await caretReadable(page)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/small-laptop-writing.png` });

    // Refused: the closing P is empty. The message names it; writing there takes the message away again.
    await page.getByRole('button', { name: 'Afronden en versturen', exact: true }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Een reactie begint en eindigt met het positieve' });
    await expect(refusal).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/small-laptop-refused.png` });
    await page.getByRole('button', { name: 'Naar P — Positief afsluiten' }).click();
    await expect.poll(() => caretReadable(page)).toBe(true);
    await page.keyboard.type('Ik heb alle vertrouwen in je.');
    await expect(refusal).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Naar P — Positief afsluiten' })).toHaveCount(0);

    // Back in the long block, its end brought to the bottom of the band: the refusal has given its lines back.
    await blockText(page, 'p_open').locator('p').last().click();
    await page.evaluate(`(() => {
      const band = ${BAND};
      const last = document.querySelector('.ProseMirror [data-passie-key="p_open"] .passie-block__content p:last-child');
      document.querySelector('.reply-pane__scroll').scrollTop += last.getBoundingClientRect().bottom - band.bottom + 2;
    })()`);
    await expect.poll(() => visibleLines(page, 'p_open')).toBeGreaterThanOrEqual(12);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('brings the block into view on a jump from the circle and on a quote', async ({ seededStudio, page }) => {
    await openUnlocked(page, seededStudio, seededStudio.roundRoute(HANNAH));
    await expect(page.getByRole('textbox', { name: 'Reactie volgens het PASSIE-model' })).toBeVisible();

    // The circle's last P: the block lies far below the fold, and must land above the send bar, heading and all.
    await page
      .getByRole('navigation', { name: 'PASSIE-cirkel' })
      .getByRole('button', { name: /Positief afsluiten/ })
      .click();
    await expect.poll(() => caretReadable(page)).toBe(true);
    const heading = page.locator('.ProseMirror [data-passie-key="p_close"] .passie-block__label');
    const band = await readableBand(page);
    const headingBox = (await heading.boundingBox())!;
    expect(headingBox.y).toBeGreaterThanOrEqual(band.top);
    expect(headingBox.y + headingBox.height).toBeLessThanOrEqual(band.bottom);

    // Back to the top, then quote a whole answer into "Spiegelen" from the keyboard.
    await page.evaluate(`document.querySelector('.reply-pane__scroll').scrollTop = 0`);
    await page.mouse.move(0, 0);
    await page.getByRole('region', { name: 'Antwoorden' }).getByRole('article').first().focus();
    await page.keyboard.press('Control+Shift+Q');
    const menu = page.getByRole('menu', { name: 'Heel antwoord citeren in…' });
    await menu.getByRole('menuitem', { name: 'S — Spiegelen' }).click();
    const quote = page.locator('.ProseMirror [data-passie-key="s2"] blockquote');
    await expect(quote).toHaveCount(1);
    // The end of the quote, where the coach goes on writing, is readable.
    await expect.poll(() => caretReadable(page)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/small-laptop-quoted.png` });
  });
});
