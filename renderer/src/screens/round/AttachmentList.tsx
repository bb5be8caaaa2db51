import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../shared/api/contract';
import type { ApiError, ApiResult } from '../../../../shared/api/errors';
import type { Answer } from '../../../../shared/domain/dossier';
import { base64Bytes, saveFile } from '../../app/save-file';
import { useStudio } from '../../app/studio-context';
import { useNearView } from '../../app/use-near-view';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DownloadIcon } from '../../components/icons';

type Attachment = Answer['attachments'][number];

/** Images a browser only decodes. Never SVG: that is a document, with room for scripts and links. */
const INLINE_IMAGE_TYPES: ReadonlySet<string> = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/**
 * Where a dossier's attachments are read from: the traject's own folder, or, for an archived dossier, the sealed
 * archive it was packed into (read there without restoring the traject).
 */
export type AttachmentSource = 'traject' | 'archive';

type ReadAttachment = (attachmentId: string) => Promise<ApiResult<ResponseOf<'attachment.read'>>>;

/** Reads one attachment of the traject from its source; both answer in the same shape. */
function useAttachmentReader(trajectId: string, from: AttachmentSource): ReadAttachment {
  const studio = useStudio();
  return useCallback(
    (attachmentId: string) =>
      from === 'archive'
        ? studio.archive.readAttachment({ id: trajectId, attachmentId })
        : studio.attachment.read({ trajectId, attachmentId }),
    [studio, trajectId, from],
  );
}

interface AttachmentListProps {
  trajectId: string;
  attachments: Answer['attachments'];
  /** 'archive' for an archived dossier's read-only view. */
  from?: AttachmentSource;
}

/** The files that came with an answer, by name and size, each to save; images are shown under the list. */
export function AttachmentList({ trajectId, attachments, from = 'traject' }: AttachmentListProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const read = useAttachmentReader(trajectId, from);
  const [failure, setFailure] = useState<ApiError | null>(null);
  if (attachments.length === 0) return null;
  const size = new Intl.NumberFormat(i18n.resolvedLanguage, { maximumFractionDigits: 0 });
  const images = attachments.filter((attachment) => INLINE_IMAGE_TYPES.has(attachment.mediaType));
  return (
    <div className="attachments">
      <h5 className="attachments__title" id={id}>
        {t('round.answers.attachments')}
      </h5>
      <ul className="attachments__list" aria-labelledby={id}>
        {attachments.map((attachment) => (
          <li key={attachment.id} className="attachments__item">
            <span className="attachments__name">{attachment.name}</span>
            <span className="attachments__size">
              {t('round.answers.attachmentSize', { size: size.format(Math.max(1, attachment.size / 1024)) })}
            </span>
            <SaveAsButton read={read} attachment={attachment} onFailure={setFailure} />
          </li>
        ))}
      </ul>
      {failure && <ErrorAlert code={failure.code} params={failure.params} />}
      {images.length > 0 && (
        <div className="attachments__images">
          {images.map((image) => (
            <InlineImage key={image.id} read={read} attachment={image} />
          ))}
        </div>
      )}
    </div>
  );
}

interface AttachmentProps {
  read: ReadAttachment;
  attachment: Attachment;
}

/** Hands the attachment to the download of Electron (which asks where to save it) or of the browser. */
function SaveAsButton({
  read,
  attachment,
  onFailure,
}: AttachmentProps & { onFailure: (error: ApiError | null) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (busy) return;
    setBusy(true);
    onFailure(null);
    try {
      const result = await read(attachment.id);
      if (!result.ok) return onFailure(result.error);
      saveFile(base64Bytes(result.value.base64), result.value.name, result.value.mediaType);
    } finally {
      setBusy(false);
    }
  };

  // aria-disabled rather than disabled while busy: a disabled button drops the keyboard focus.
  return (
    <button
      type="button"
      className="button button--quiet button--small attachments__save"
      aria-disabled={busy || undefined}
      onClick={() => void save()}
    >
      <DownloadIcon />
      <span>{busy ? t('round.answers.saving') : t('round.answers.saveAs')}</span>{' '}
      <span className="visually-hidden">– {attachment.name}</span>
    </button>
  );
}

type ImageState = { kind: 'loading' } | { kind: 'ready'; url: string } | { kind: 'failed'; error: ApiError };

/** An image attachment, read once it comes near the visible part of the pane (each read decrypts it whole). */
function InlineImage({ read, attachment }: AttachmentProps) {
  const { t } = useTranslation();
  const figure = useRef<HTMLElement>(null);
  const near = useNearView(figure);
  const [state, setState] = useState<ImageState>({ kind: 'loading' });

  useEffect(() => {
    if (!near) return undefined;
    let closed = false;
    let url: string | undefined;
    void read(attachment.id).then((result) => {
      if (closed) return;
      if (!result.ok) return setState({ kind: 'failed', error: result.error });
      // The type that passed the allow-list, so the browser decodes these bytes as nothing but that image type.
      url = URL.createObjectURL(new Blob([base64Bytes(result.value.base64)], { type: attachment.mediaType }));
      setState({ kind: 'ready', url });
    });
    return () => {
      closed = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [near, read, attachment.id, attachment.mediaType]);

  return (
    <figure className="attachments__figure" ref={figure}>
      {state.kind === 'ready' && <img className="attachments__image" src={state.url} alt={attachment.name} />}
      {state.kind === 'loading' && (
        <p className="attachments__image-loading">{t('round.answers.imageLoading', { name: attachment.name })}</p>
      )}
      {state.kind === 'failed' && <ErrorAlert code={state.error.code} params={state.error.params} />}
    </figure>
  );
}
