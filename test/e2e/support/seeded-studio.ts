import { rm } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { TEST_PASSPHRASE, TempStudio } from '../../support/temp-studio';
import { loadFixtureClients } from '../../support/fixture-clients';
import { connectHost, startServe, stopServe, test as base, type StudioHost } from '../studio-fixture';

export { expect };
export const PASSPHRASE = TEST_PASSPHRASE;

/** What a seed made, for the test to find its way: the fixture clients by name, with their traject and rounds. */
export type Seeded = { name: string; trajectId: string; roundIds: string[] }[];

/**
 * Prepares the vault through the real API (`createStudio` + `dispatch`) before the browser host opens it. (An
 * object around the function: Playwright would take a bare function for a fixture of its own.)
 */
export interface Seed {
  run: (temp: TempStudio) => Promise<Seeded>;
}

export interface SeededHost extends StudioHost {
  seeded: Seeded;
  /** `#/trajects/…/rounds/…` for the round at `index` (default: the last) of the client named `name`. */
  roundRoute: (name: string, index?: number) => string;
  /** Calls the API as the page does, past the screen: to check what the studio holds. */
  call: <T>(page: Page, method: string, request: unknown) => Promise<T>;
}

/**
 * A studio on a vault that already holds data: the seed runs on a temp vault (cheap KDF, see TempStudio), the
 * studio closes, and `passie-studio serve` opens the same folder — locked, as after a restart.
 */
export const test = base.extend<{ seed: Seed; seededStudio: SeededHost }>({
  seed: [{ run: loadFixtureClients }, { option: true }],
  seededStudio: async ({ seed, context }, use) => {
    const temp = await TempStudio.open();
    let seeded: Seeded;
    try {
      // A Dutch coach, as the browser's locale says (a seed may choose otherwise): the screens follow the stored
      // language once the vault is open.
      await temp.call('settings.update', { language: 'nl' });
      seeded = await seed.run(temp);
    } finally {
      await temp.studio.close();
    }
    const { child, url } = await startServe(temp.vaultDir);
    const host = await connectHost(context, url, temp.vaultDir);
    await use({
      ...host,
      seeded,
      roundRoute: (name, index) => {
        const client = seeded.find((candidate) => candidate.name === name);
        if (!client) throw new Error(`no seeded client ${name}`);
        return `#/trajects/${client.trajectId}/rounds/${client.roundIds.at(index ?? -1)}`;
      },
      call: async (page, method, request) => {
        const response = await page.request.post(`${host.origin}/api/${method}`, {
          headers: { Authorization: `Bearer ${host.token}` },
          data: request,
        });
        const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
        if (!body.ok) throw new Error(`${method}: ${body.error?.code}`);
        return body.value as never;
      },
    });
    await stopServe(child);
    await rm(temp.root, { recursive: true, force: true });
  },
});

/** Opens the studio, unlocks it with the test passphrase, then goes to `hashRoute` ("#/settings"). */
export async function openUnlocked(page: Page, host: SeededHost, hashRoute: string): Promise<void> {
  await page.goto(host.url);
  await page.getByLabel(/^(Wachtwoord|Passphrase)$/).fill(PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^(Vergrendelen|Lock)/ })).toBeVisible();
  await goTo(page, hashRoute);
}

/** Follows a hash route in the open page, as a click on a link would. (A string: specs are typed without the DOM.) */
export async function goTo(page: Page, hashRoute: string): Promise<void> {
  await page.evaluate(`window.location.hash = ${JSON.stringify(hashRoute)}`);
}
