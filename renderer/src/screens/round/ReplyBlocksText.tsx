import { PASSIE_KEYS, PASSIE_LETTERS, type PassieKey, type ReplyBlocks } from '../../../../shared/domain/passie';
import { isEmptyDoc } from '../../../../shared/domain/rich-text';
import { RichText } from './RichText';

interface ReplyBlocksTextProps {
  blocks: ReplyBlocks;
  labels: Record<PassieKey, string>;
  /** The tag of each block's title; the block's own headings go below it. */
  titleTag?: 'h4' | 'h5';
}

/**
 * A sent reply as plain reading text, block by block under its letter and label (empty blocks left out): no editor,
 * nothing to focus or type in. For an earlier round's reply beside the answers, and for an archived dossier.
 */
export function ReplyBlocksText({ blocks, labels, titleTag: Title = 'h5' }: ReplyBlocksTextProps) {
  return (
    <>
      {PASSIE_KEYS.filter((key) => !isEmptyDoc(blocks[key])).map((key) => (
        <div key={key} className="earlier-reply__block">
          <Title className="earlier-reply__block-title">
            <span className="earlier-reply__letter" aria-hidden="true">
              {PASSIE_LETTERS[key]}
            </span>
            <span className="visually-hidden">{PASSIE_LETTERS[key]} — </span>
            {labels[key]}
          </Title>
          <RichText doc={blocks[key]} headingTag={Title === 'h4' ? 'h5' : 'h6'} />
        </div>
      ))}
    </>
  );
}
