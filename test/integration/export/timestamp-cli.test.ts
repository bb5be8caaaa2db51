import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { TempStudio } from '../../support/temp-studio';

let temp: TempStudio;

const cli = (args: string[]) => runCli(temp, args, { LANG: 'nl_NL.UTF-8' });

beforeAll(async () => {
  temp = await TempStudio.open();
}, 60_000);

afterAll(async () => {
  await temp.dispose();
});

describe('passie-studio signing timestamp', { timeout: 120_000 }, () => {
  it('shows that it is off, sets an address, refuses a wrong one, and turns it off again', async () => {
    await temp.whileClosed(async () => {
      const shown = await cli(['signing', 'timestamp']);
      expect(shown, shown.stderr).toMatchObject({ code: 0, stdout: 'Er wordt geen tijdstempel gebruikt.\n' });

      const set = await cli(['--json', 'signing', 'timestamp', 'https://tsa.example/rfc3161']);
      expect(set, set.stderr).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(set.stdout)).toEqual({ timestampUrl: 'https://tsa.example/rfc3161' });

      for (const args of [['ftp://tsa.example'], ['https://tsa.example', '--off']]) {
        const refused = await cli(['signing', 'timestamp', ...args]);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain('Geef een webadres dat begint met https:// of http://');
      }
      const still = await cli(['signing', 'timestamp']);
      expect(still.stdout).toBe('Elke ondertekende PDF krijgt een tijdstempel van https://tsa.example/rfc3161.\n');

      const off = await cli(['signing', 'timestamp', '--off']);
      expect(off, off.stderr).toMatchObject({ code: 0, stdout: 'Er wordt geen tijdstempel gebruikt.\n' });
    });
    expect((await temp.call('settings.get', {})).timestampUrl).toBe('');
  });
});
