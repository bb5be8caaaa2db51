/**
 * The longest answer the studio imports (MAX_PACKET_ANSWER_CHARS in shared/packet/packet-format.ts, which the page
 * cannot import without bundling zod; a test keeps the two equal). The text area stops there, so nothing the
 * client writes is refused later.
 */
export const ANSWER_MAX_CHARS = 200_000;
