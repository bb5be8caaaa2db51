import { createHash, webcrypto } from 'node:crypto';
import { base64urlnopad } from '@scure/base';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../shared/domain/settings';
import type { TrajectSummary } from '../../../../shared/domain/traject';
import { keyFingerprint } from '../../../../shared/packet/envelope';
import { PacketPageDataSchema, type CreatePacketRequest } from '../../../../shared/packet/packet-page-data';
import { PacketService } from '../../../../main/services/packet/packet-service';
import { questionDigest, type IssuedPacket } from '../../../../main/services/packet/issued-packets';
import { parseHtml, type PageDocument } from '../../../support/page-document';

const HOSTILE = '</script><script>alert(1)</script><!-- & "quoted" \u2028';
const TRAJECT = 'tr_0123456789abcdefghjk';

let publicKeyRaw: Uint8Array;
let fingerprint: string;
/** What the service recorded as made, newest last. */
let issued: IssuedPacket[] = [];

beforeAll(async () => {
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  publicKeyRaw = new Uint8Array(await webcrypto.subtle.exportKey('raw', pair.publicKey));
  fingerprint = await keyFingerprint(publicKeyRaw);
});

function service(
  status: TrajectSummary['status'] = 'active',
  coachName = 'Marieke Jansen',
  clientLanguage?: 'nl' | 'en',
  coachEmail = ' marieke@praktijk-jansen.example ',
) {
  return new PacketService({
    now: () => Date.parse('2026-03-04T10:00:00Z'),
    settings: async () => ({
      ...defaultSettings('nl'),
      coach: { name: coachName, practice: 'Praktijk <Jansen>', email: coachEmail },
    }),
    catalogue: async () => ({
      places: [
        {
          id: 'veilige-haven',
          name: { nl: 'Veilige haven', en: 'Safe harbour' },
          questions: [{ id: 'haven-1', text: { nl: 'Waar voel je je veilig?', en: 'Where do you feel safe?' } }],
        },
      ],
    }),
    traject: async (id) => ({ id, status, clientId: 'cl_00000000000000000001' }) as TrajectSummary,
    client: async () => ({ name: 'Eva de Wit-Çelik', ...(clientLanguage ? { language: clientLanguage } : {}) }),
    coachKey: async () => ({ publicKeyRaw, fingerprint }),
    issue: async (packet) => {
      issued.push(packet);
    },
  });
}

const request: CreatePacketRequest = {
  trajectId: TRAJECT,
  questions: [{ questionId: 'haven-1' }, { text: HOSTILE }],
  note: `Fijn dat je meedoet.\n${HOSTILE}`,
};

async function made(overrides: Partial<CreatePacketRequest> = {}) {
  const file = await service().create({ ...request, ...overrides });
  const html = file.bytes.toString('utf8');
  return { file, html, document: parseHtml(html) };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the packet page HTML', () => {
  it('is self-contained: nothing to load from anywhere, no URL but data:', async () => {
    const { html, document } = await made();
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
    for (const element of document.querySelectorAll('[src], [href], [action], [srcset], [poster], [data]')) {
      for (const name of ['src', 'href', 'action', 'srcset', 'poster', 'data']) {
        const value = element.getAttribute(name);
        if (value !== null) expect(value, `${element.tagName} ${name}`).toMatch(/^data:/);
      }
    }
    expect(document.querySelectorAll('link:not([rel="icon"]), iframe, object, embed, img, base, form')).toHaveLength(0);
    expect(Buffer.byteLength(html)).toBeLessThan(150 * 1024);
  });

  it('has a strict CSP whose hashes are those of its one inline script and one inline style', async () => {
    const { document } = await made();
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    const csp = meta?.getAttribute('content') ?? '';
    const directives = new Map(
      csp.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );
    const scripts = [...document.querySelectorAll('script:not([type])')];
    const styles = [...document.querySelectorAll('style')];
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(document.querySelectorAll('[style]')).toHaveLength(0);
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe(sha256(scripts[0]!.textContent ?? ''));
    expect(directives.get('style-src')).toBe(sha256(styles[0]!.textContent ?? ''));
    expect(directives.get('connect-src')).toBe("'none'");
    expect(directives.get('img-src')).toBe('data:');
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    // The policy comes before anything it governs.
    expect(document.head.firstElementChild?.getAttribute('charset')).toBe('utf-8');
    expect(document.head.children[1]).toBe(meta);
  });

  it('keeps hostile question and note text as data: it never becomes markup', async () => {
    const { html, document } = await made();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('</script><script>alert');
    // Only the data block and the page script: the question's "<script>" did not make a third.
    expect(document.querySelectorAll('script')).toHaveLength(2);
    expect(document.body.querySelectorAll('*').length).toBeLessThanOrEqual(5);
    const data = PacketPageDataSchema.parse(JSON.parse(document.getElementById('packet-data')!.textContent!));
    expect(data.questions[1]!.question).toBe(HOSTILE);
    // The note is trimmed (the trailing U+2028 with it); the rest is kept as written.
    expect(data.note).toBe(`Fijn dat je meedoet.\n${HOSTILE}`.trim());
    expect(document.title).toBe('Vragen van Marieke Jansen');
  });

  it('embeds the questions, the coach, the traject and the public key with its fingerprint', async () => {
    const { file, document } = await made();
    const data = PacketPageDataSchema.parse(JSON.parse(document.getElementById('packet-data')!.textContent!));
    expect(file.fileName).toBe('antwoordpakket-eva-de-wit-celik-2026-03-04.html');
    expect(document.documentElement.lang).toBe('nl');
    expect(data.trajectRef).toBe(TRAJECT);
    expect(data.packetId).toMatch(/^pa_[0-9a-z]{20}$/);
    expect(data.coach).toEqual({
      name: 'Marieke Jansen',
      practice: 'Praktijk <Jansen>',
      email: 'marieke@praktijk-jansen.example',
    });
    // The client is named only as in the file names, for the answers file the page saves; not by name.
    expect(data.clientSlug).toBe('eva-de-wit-celik');
    expect(JSON.stringify(data)).not.toMatch(/Eva|Çelik/);
    expect(data.questions[0]).toEqual({
      questionId: 'haven-1',
      place: 'Veilige haven',
      question: 'Waar voel je je veilig?',
    });
    expect(data.questions[1]).toEqual({ question: HOSTILE });
    expect(base64urlnopad.decode(data.coachPublicKey)).toEqual(publicKeyRaw);
    expect(data.coachKeyFingerprint).toBe(fingerprint);
    expect(data.coachKeyFingerprint).toBe(await keyFingerprint(base64urlnopad.decode(data.coachPublicKey)));
  });

  it("speaks the client's language when none is asked for, whatever the coach's", async () => {
    const file = await service('active', 'Marieke Jansen', 'en').create({
      trajectId: TRAJECT,
      questions: [{ questionId: 'haven-1' }],
    });
    const html = file.bytes.toString('utf8');
    expect(file.fileName.startsWith('answer-packet-')).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Where do you feel safe?');
    expect(html).not.toContain('Waar voel je je veilig?');
  });

  it('speaks the language asked for, and makes a new packet id every time', async () => {
    const first = await made({ language: 'en', note: undefined });
    const second = await made({ language: 'en' });
    const data = (document: PageDocument) => JSON.parse(document.getElementById('packet-data')!.textContent!);
    expect(first.file.fileName).toBe('answer-packet-eva-de-wit-celik-2026-03-04.html');
    expect(first.document.documentElement.lang).toBe('en');
    expect(data(first.document).questions[0].question).toBe('Where do you feel safe?');
    expect(data(first.document).questions[0].place).toBe('Safe harbour');
    expect(data(first.document).note).toBeUndefined();
    expect(data(first.document).packetId).not.toBe(data(second.document).packetId);
    // And a new key for the answers the page keeps in the client's browser: 32 random bytes, never reused.
    expect(base64urlnopad.decode(data(first.document).autosaveKey)).toHaveLength(32);
    expect(data(first.document).autosaveKey).not.toBe(data(second.document).autosaveKey);
    // Same build, same hashes: the assets are made once and kept.
    expect(first.document.querySelector('meta[http-equiv]')?.getAttribute('content')).toBe(
      second.document.querySelector('meta[http-equiv]')?.getAttribute('content'),
    );
  });

  it('records each packet it makes: the traject, when, and which questions (by id and a digest of the text)', async () => {
    issued = [];
    const { document } = await made();
    const data = PacketPageDataSchema.parse(JSON.parse(document.getElementById('packet-data')!.textContent!));
    expect(issued).toEqual([
      {
        packetId: data.packetId,
        trajectId: TRAJECT,
        createdAt: '2026-03-04T10:00:00.000Z',
        questions: [
          { questionId: 'haven-1', sha256: questionDigest('Waar voel je je veilig?') },
          { sha256: questionDigest(HOSTILE) },
        ],
      },
    ]);
    // Nothing of the client's side: the page's own autosave key is not kept.
    expect(JSON.stringify(issued)).not.toContain(data.autosaveKey);
  });

  it('refuses an unknown catalogue question and a traject that is no longer active', async () => {
    issued = [];
    await expect(service().create({ ...request, questions: [{ questionId: 'nope-1' }] })).rejects.toMatchObject({
      code: 'question_not_found',
    });
    await expect(service('closed').create(request)).rejects.toMatchObject({ code: 'traject_closed' });
    // A packet that was not made is not on record either.
    expect(issued).toEqual([]);
  });

  it('leaves the e-mail address out when the coach has none', async () => {
    const file = await service('active', 'Marieke Jansen', undefined, '  ').create(request);
    const data = PacketPageDataSchema.parse(
      JSON.parse(parseHtml(file.bytes.toString('utf8')).getElementById('packet-data')!.textContent!),
    );
    expect(data.coach).toEqual({ name: 'Marieke Jansen', practice: 'Praktijk <Jansen>' });
  });

  it('names "your coach" when the coach has not filled in a name', async () => {
    const file = await service('active', '  ').create(request);
    const document = parseHtml(file.bytes.toString('utf8'));
    expect(document.title).toBe('Vragen van je coach');
  });
});
