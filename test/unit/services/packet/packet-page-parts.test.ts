import { randomBytes } from 'node:crypto';
import { base64urlnopad } from '@scure/base';
import { describe, expect, it } from 'vitest';
import {
  autosaveEntryName,
  importAutosaveKey,
  openAutosave,
  sealAutosave,
} from '../../../../packet-page/autosave-record';
import { ANSWER_MAX_CHARS } from '../../../../packet-page/limits';
import { countWords } from '../../../../packet-page/word-count';
import { MAX_PACKET_ANSWER_CHARS, MAX_PACKET_QUESTION_CHARS } from '../../../../shared/packet/packet-format';
import { PACKET_QUESTION_MAX } from '../../../../shared/packet/packet-page-data';
import { escapeHtml, inlineJson } from '../../../../main/services/packet/packet-page';

describe('the packet page parts', () => {
  it('counts words as a reader would', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  \n ')).toBe(0);
    expect(countWords('Op het strand bij\nZandvoort.')).toBe(5);
    expect(countWords('Daniëlle – zij zegt: “ja!” 😊 2025')).toBe(5);
  });

  it('keeps the autosave encrypted under the page’s key, and reads back only what that key sealed', async () => {
    const packetId = 'pa_0123456789abcdefghjk';
    const keyText = base64urlnopad.encode(randomBytes(32));
    const key = await importAutosaveKey(keyText);
    const record = { answers: ['Op het strand bij Zandvoort – “mijn plek” 👩‍👩‍👧', ''], savedAt: 'x', sentAt: 'y' };
    expect(autosaveEntryName(packetId)).toBe('passie-antwoorden:pa_0123456789abcdefghjk');

    const stored = await sealAutosave(key, packetId, record);
    for (const secret of ['Zandvoort', 'strand', 'mijn plek', keyText]) expect(stored).not.toContain(secret);
    expect(Object.keys(JSON.parse(stored) as object).sort()).toEqual(['ciphertext', 'iv', 'version']);
    // A fresh IV every time: the same answers never look the same twice.
    expect(await sealAutosave(key, packetId, record)).not.toBe(stored);

    expect(await openAutosave(key, packetId, stored, 3)).toEqual({ ...record, answers: [...record.answers, ''] });
    const otherKey = await importAutosaveKey(base64urlnopad.encode(randomBytes(32)));
    expect(await openAutosave(otherKey, packetId, stored, 2)).toBeUndefined();
    expect(await openAutosave(key, 'pa_zzzzzzzzzzzzzzzzzzzz', stored, 2)).toBeUndefined();
    expect(await openAutosave(key, packetId, null, 2)).toBeUndefined();
    expect(await openAutosave(key, packetId, 'not json', 2)).toBeUndefined();
    // An autosave in clear (as pages made before this one kept it) is not read.
    expect(await openAutosave(key, packetId, JSON.stringify({ version: 1, answers: ['a'], savedAt: 'x' }), 2)).toBe(
      undefined,
    );
  });

  it('lets the client write no more, and the coach ask no longer a question, than the studio imports', () => {
    expect(ANSWER_MAX_CHARS).toBe(MAX_PACKET_ANSWER_CHARS);
    expect(PACKET_QUESTION_MAX).toBe(MAX_PACKET_QUESTION_CHARS);
  });

  it('escapes text for HTML and JSON for a script block', () => {
    expect(escapeHtml(`<a href="x">&</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#38;&#60;/a&#62;');
    const json = inlineJson({ text: '</script><!--&\u2028' });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ text: '</script><!--&\u2028' });
  });
});
