import { describe, expect, it } from 'vitest';
import { autosaveKey, readAutosave } from '../../../../packet-page/autosave-record';
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

  it('reads back only autosaves it wrote, padded to the packet’s questions', () => {
    expect(autosaveKey('pa_0123456789abcdefghjk')).toBe('passie-antwoorden:pa_0123456789abcdefghjk');
    expect(readAutosave(null, 2)).toBeUndefined();
    expect(readAutosave('not json', 2)).toBeUndefined();
    expect(readAutosave(JSON.stringify({ version: 2, answers: [], savedAt: 'x' }), 2)).toBeUndefined();
    expect(readAutosave(JSON.stringify({ version: 1, answers: [1], savedAt: 'x' }), 2)).toBeUndefined();
    expect(readAutosave(JSON.stringify({ version: 1, answers: ['a'], savedAt: 'x', sentAt: 'y' }), 2)).toEqual({
      version: 1,
      answers: ['a', ''],
      savedAt: 'x',
      sentAt: 'y',
    });
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
