import { PASSIE_KEYS, REQUIRED_PASSIE_KEYS, type PassieKey, type ReplyBlocks } from '../../../../shared/domain/passie';
import { isEmptyDoc } from '../../../../shared/domain/rich-text';

export interface SendCheck {
  /** Required blocks (the opening and closing P) still empty: sending is blocked until they are written. */
  missing: PassieKey[];
  /** Other empty blocks: the coach is warned and may send anyway. */
  empty: PassieKey[];
}

/**
 * The PASSIE rule (ARCHITECTURE.md, The PASSIE reply), the same one the studio enforces on `reply.send`, checked
 * before asking it.
 */
export function checkReply(blocks: ReplyBlocks): SendCheck {
  const emptyKeys = PASSIE_KEYS.filter((key) => isEmptyDoc(blocks[key]));
  return {
    missing: emptyKeys.filter((key) => REQUIRED_PASSIE_KEYS.includes(key)),
    empty: emptyKeys.filter((key) => !REQUIRED_PASSIE_KEYS.includes(key)),
  };
}
