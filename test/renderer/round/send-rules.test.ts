import { describe, expect, it } from 'vitest';
import { emptyReplyBlocks } from '../../../shared/domain/passie';
import { richTextFromPlain } from '../../../shared/domain/rich-text';
import { checkReply } from '../../../renderer/src/screens/round/send-rules';

describe('the send rule', () => {
  it('needs both P blocks, and lists the other empty blocks in PASSIE order', () => {
    const blocks = emptyReplyBlocks();
    expect(checkReply(blocks)).toEqual({ missing: ['p_open', 'p_close'], empty: ['a', 's1', 's2', 'i', 'e'] });
    blocks.p_open = richTextFromPlain('Mooi.');
    blocks.i = richTextFromPlain('Wat helpt?');
    expect(checkReply(blocks)).toEqual({ missing: ['p_close'], empty: ['a', 's1', 's2', 'e'] });
  });

  it('counts whitespace as empty', () => {
    const blocks = emptyReplyBlocks();
    blocks.p_open = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '   ' }] }] };
    expect(checkReply(blocks).missing).toContain('p_open');
  });
});
