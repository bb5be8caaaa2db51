import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ApiResult } from '../../../../shared/api/errors';
import type { ExportedFile } from '../../../../shared/domain/export';
import { base64Bytes, saveFile } from '../../app/save-file';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckIcon } from '../../components/icons';

type ExportState =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'saved'; fileName: string } | { kind: 'failed'; error: ApiError };

const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  cer: 'application/pkix-cert',
  zip: 'application/zip',
};

export interface MadeFile {
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** A file as the studio sends it (base64), as bytes to save. */
export function madeFile(result: ApiResult<ExportedFile>): ApiResult<MadeFile> {
  return result.ok
    ? { ok: true, value: { fileName: result.value.fileName, bytes: base64Bytes(result.value.base64) } }
    : result;
}

/** A file the studio makes (a signed PDF, a certificate) handed to the download, with what happened said after. */
export function useExport() {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  const run = async (make: () => Promise<ApiResult<MadeFile>>) => {
    if (state.kind === 'busy') return;
    setState({ kind: 'busy' });
    const result = await make();
    if (!result.ok) return setState({ kind: 'failed', error: result.error });
    const { fileName, bytes } = result.value;
    const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
    saveFile(bytes, fileName, MEDIA_TYPES[extension] ?? 'application/octet-stream');
    setState({ kind: 'saved', fileName });
  };

  return { busy: state.kind === 'busy', run, outcome: <ExportOutcome state={state} /> };
}

function ExportOutcome({ state }: { state: ExportState }) {
  const { t } = useTranslation();
  return (
    <div className="status-slot" role="status">
      {state.kind === 'saved' && (
        <p className="notice notice--success">
          <CheckIcon />
          <span>{t('export.saved', { file: state.fileName })}</span>
        </p>
      )}
      {state.kind === 'failed' && <ErrorAlert code={state.error.code} params={state.error.params} />}
    </div>
  );
}
